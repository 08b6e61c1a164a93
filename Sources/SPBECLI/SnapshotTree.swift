import GitStore
import SPBECore

/// Lets the core read a git snapshot (commit or working tree) as a `FileTree`.
final class SnapshotTree: FileTree {
    let snapshot: Snapshot

    init(_ snapshot: Snapshot) { self.snapshot = snapshot }

    func entries(under folder: String) throws -> [FileEntry] {
        try snapshot.entries(under: folder).map(Self.entry)
    }

    func read(_ entry: FileEntry) throws -> [UInt8] {
        guard let id = ObjectID(hex: entry.id) else { throw GitError.pathNotFound(entry.path) }
        return try snapshot.read(id: id, path: entry.path)
    }

    func entry(at path: String) throws -> FileEntry? {
        try snapshot.entry(at: path).map(Self.entry)
    }

    static func entry(_ entry: TreeEntry) -> FileEntry {
        let kind: FileEntry.Kind = switch entry.kind {
        case .blob, .executable: .file
        case .symlink: .symlink
        case .submodule: .submodule
        }
        return FileEntry(path: entry.path, kind: kind, id: entry.id.hex, hasValidName: entry.pathIsValidUTF8)
    }
}

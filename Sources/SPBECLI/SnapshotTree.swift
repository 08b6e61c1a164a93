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
        try snapshot.read(id: ObjectID(entry.id), path: entry.path)
    }

    func entry(at path: String) throws -> FileEntry? {
        try snapshot.entry(at: path).map(Self.entry)
    }

    static func entry(_ entry: TreeEntry) -> FileEntry {
        let kind: FileEntry.Kind =
            switch entry.kind {
            case .blob, .executable: .file
            case .symlink: .symlink
            case .submodule: .submodule
            }
        return FileEntry(path: entry.path, kind: kind, id: ContentID(entry.id), hasValidName: entry.pathIsValidUTF8)
    }
}

extension ContentID {
    /// The same 20 bytes as a git object id.
    init(_ id: ObjectID) { self = id.withUnsafeBytes { ContentID(bytes: $0) } }
}

extension ObjectID {
    /// The same 20 bytes as the core's content id.
    init(_ id: ContentID) { self = id.withUnsafeBytes { ObjectID(bytes: $0) } }
}

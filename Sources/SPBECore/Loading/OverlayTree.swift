/// A tree with some files replaced or added in memory: what a tree would be after a write, so it can be linted
/// before anything is written.
public final class OverlayTree: FileTree {
    private let base: FileTree
    private let files: [String: [UInt8]]

    public init(_ base: FileTree, replacing files: [String: [UInt8]]) {
        self.base = base
        self.files = files
    }

    public func entries(under folder: String) throws -> [FileEntry] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        var entries = try base.entries(under: folder).filter { files[$0.path] == nil }
        entries += files.keys.filter { $0.hasPrefix(prefix) }.map(entry)
        return entries.sorted { $0.path < $1.path }
    }

    public func read(_ entry: FileEntry) throws -> [UInt8] {
        try files[entry.path] ?? base.read(entry)
    }

    public func entry(at path: String) throws -> FileEntry? {
        files[path] != nil ? entry(for: path) : try base.entry(at: path)
    }

    private func entry(for path: String) -> FileEntry {
        FileEntry(path: path, kind: .file, id: ContentID(bytes: SHA256.digest(files[path] ?? [])))
    }
}

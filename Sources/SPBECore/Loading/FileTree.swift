/// A readable tree of files: a git commit or working tree (adapted by the command line), or files in memory.
///
/// The core reads assessments only through this, so it knows nothing of git.
public protocol FileTree {
    /// Every file-like entry below `folder`, in path order; empty when the folder does not exist.
    func entries(under folder: String) throws -> [FileEntry]
    /// The bytes of an entry.
    func read(_ entry: FileEntry) throws -> [UInt8]
    /// The entry at a path, or nil.
    func entry(at path: String) throws -> FileEntry?
}

/// One file-like entry of a tree.
public struct FileEntry: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case file, symlink, submodule
    }

    public let path: String
    public let kind: Kind
    /// Identifies the content (a git blob id): equal ids mean equal bytes, so results can be cached by it.
    public let id: ContentID
    /// False when the path's bytes were not valid UTF-8.
    public let hasValidName: Bool

    public init(path: String, kind: Kind, id: ContentID, hasValidName: Bool = true) {
        self.path = path
        self.kind = kind
        self.id = id
        self.hasValidName = hasValidName
    }

    public var isFile: Bool { kind == .file }
}

/// Files held in memory (rule examples, tests); ids are the contents' SHA-256.
public final class MemoryTree: FileTree {
    private var files: [String: [UInt8]]

    public init(_ files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public init(bytes files: [String: [UInt8]]) {
        self.files = files
    }

    public func entries(under folder: String) throws -> [FileEntry] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        return files.keys.filter { $0.hasPrefix(prefix) }.sorted().map { entry(for: $0) }
    }

    public func read(_ entry: FileEntry) throws -> [UInt8] { files[entry.path] ?? [] }

    public func entry(at path: String) throws -> FileEntry? {
        files[path] == nil ? nil : entry(for: path)
    }

    private func entry(for path: String) -> FileEntry {
        FileEntry(path: path, kind: .file, id: ContentID(bytes: SHA256.digest(files[path] ?? [])))
    }
}

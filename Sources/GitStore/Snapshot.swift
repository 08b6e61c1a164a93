/// One readable state of the repository's files: a commit, or the working tree.
///
/// Commands read through this so that `--worktree` and `--rev` share every code path.
public protocol Snapshot: AnyObject {
    /// The commit read, or nil for the working tree.
    var commit: ObjectID? { get }
    /// Every file-like entry below `folder`, in path order; empty when the folder does not exist.
    func entries(under folder: String) throws -> [TreeEntry]
    /// The bytes of an entry returned by `entries(under:)`.
    func read(_ entry: TreeEntry) throws -> [UInt8]
    /// The bytes of the entry with this id at this path (what callers that kept only id and path have).
    func read(id: ObjectID, path: String) throws -> [UInt8]
    /// The entry at a path, or nil when there is no file there.
    func entry(at path: String) throws -> TreeEntry?
}

/// The files of one commit, read from the object database.
public final class CommitSnapshot: Snapshot {
    public let repository: Repository
    public let commitID: ObjectID
    public var commit: ObjectID? { commitID }

    public init(repository: Repository, commit: ObjectID) {
        self.repository = repository
        commitID = commit
    }

    public func entries(under folder: String) throws -> [TreeEntry] {
        try repository.entries(at: commitID, under: folder)
    }

    public func read(_ entry: TreeEntry) throws -> [UInt8] {
        try repository.blob(entry.id)
    }

    public func read(id: ObjectID, path: String) throws -> [UInt8] {
        try repository.blob(id)
    }

    public func entry(at path: String) throws -> TreeEntry? {
        try repository.entry(at: commitID, path: path)
    }
}

@available(*, unavailable)
extension CommitSnapshot: Sendable {}

/// What can go wrong reading a repository, in terms a caller can explain to a user.
///
/// The cases carry facts, not sentences: the command line turns them into messages in the
/// user's language.
public enum GitError: Error, Equatable, Sendable {
    /// No repository at or above this folder.
    case notARepository(path: String)
    /// The revision names no commit.
    case unknownRevision(String)
    /// The repository has no commits yet.
    case emptyRepository
    /// History was needed beyond what a shallow clone holds.
    case shallowHistory
    /// An object the repository refers to is missing from its object database.
    case missingObject(ObjectID)
    /// The path does not exist in the tree or working folder.
    case pathNotFound(String)
    /// A bare repository has no working tree to read.
    case noWorkingTree
    /// A file of the working tree could not be read.
    case unreadableFile(path: String)
    /// Any other libgit2 failure: what was being done, libgit2's error class and code, and its own (English)
    /// message.
    case libgit2(operation: GitOperation, errorClass: Int32, code: Int32, message: String)
}

/// What spbe was asking libgit2 to do, with what it was about (a path, a revision, an object id).
public enum GitOperation: Sendable, Equatable {
    case initialize
    case openRepository(path: String)
    case createRepository(path: String)
    case resolve(revision: String)
    case readCommit(String)
    case readTree(String)
    case readBlob(String)
    case readTag(String)
    case readSignature(commit: String)
    case readIndex
    case readStatus
    case findPath(String)
    case listTags
    case walkHistory(from: String?)
    case findMergeBase
    case diff
    case writeTree(path: String?)
    case commit
    case tag(String)
    case checkout
    case sign
    case hash(path: String)
}

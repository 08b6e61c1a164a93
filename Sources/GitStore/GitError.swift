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
    case unreadableFile(path: String, reason: String)
    /// Any other libgit2 failure, with its own message.
    case libgit2(operation: String, code: Int32, message: String)
}

import Foundation
import GitStore
import SPBECore

/// `-C`, `--rev`, `--worktree` and `--scope`: which repository, which revision, which scopes.
struct SourceOptions {
    let repositoryPath: String?
    let revision: String
    let worktree: Bool
    let scopes: [String]

    init(_ arguments: ParsedArguments) throws {
        repositoryPath = arguments.value("repository")
        worktree = arguments.flag("worktree")
        if worktree, arguments.value("rev") != nil { throw UsageError(Messages.conflictingOptions("--rev", "--worktree")) }
        revision = arguments.value("rev") ?? "HEAD"
        scopes = arguments.all("scope")
    }

    /// Opens the repository: `-C DIR` (relative to the current folder) or found from the current folder.
    func openRepository(_ context: Context) throws -> Repository {
        try Self.openRepository(repositoryPath, context)
    }

    /// The repository at or above `path` (relative to the current folder), or above the current folder.
    static func openRepository(_ path: String?, _ context: Context) throws -> Repository {
        try Repository(discoveringFrom: absolute(path ?? ".", in: context.currentDirectory))
    }

    /// The repository and the snapshot to read: the revision's commit, or the working tree.
    func open(_ context: Context) throws -> (Repository, Snapshot) {
        let repository = try openRepository(context)
        if worktree { return (repository, try WorktreeSnapshot(repository: repository)) }
        return (repository, CommitSnapshot(repository: repository, commit: try repository.resolveCommit(revision)))
    }

    static func absolute(_ path: String, in directory: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "." { return directory }
        return URL(fileURLWithPath: directory).appendingPathComponent(path).standardizedFileURL.path
    }
}

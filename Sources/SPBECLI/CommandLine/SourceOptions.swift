import Foundation
import GitStore
import SPBECore

/// `-C`, `--rev`, `--worktree` and `--scope`: which repository, which revision, which scopes. Every command that
/// reads assessments declares this one group, so the four mean the same everywhere.
struct SourceOptions {
    static let repository = Option<String>(
        "repository", short: "C", value: "DIR",
        help: Localized(
            en: "the repository (default: found from the current folder)",
            indonesian: "repositori (bawaan: dicari dari folder saat ini)"))
    static let rev = Option<String>(
        "rev", value: "REV",
        help: Localized(
            en: "the revision to read (default HEAD); a cycle name works too",
            indonesian: "revisi yang dibaca (bawaan HEAD); nama siklus juga bisa"))
    static let worktree = Flag(
        "worktree",
        help: Localized(
            en: "read the working tree instead of a commit", indonesian: "baca pohon kerja, bukan commit"))
    static let scope = Option<String>(
        "scope", value: "ID",
        help: Localized(
            en: "limit to this scope (repeatable)", indonesian: "batasi pada lingkup ini (boleh diulang)"),
        completion: .scope)

    /// Which of the group a command reads, beside `-C`: a command that reads history has no `--worktree`, one that
    /// takes its revisions as arguments no `--rev`, one whose argument names the scope no `--scope`.
    struct Reads: OptionSet {
        let rawValue: Int
        static let revision = Reads(rawValue: 1)
        static let worktree = Reads(rawValue: 2)
        static let scopes = Reads(rawValue: 4)
        static let all: Reads = [.revision, .worktree, .scopes]
    }

    /// The group's declarations for a command that reads `reads`.
    static func options(_ reads: Reads = .all) -> [any OptionDeclaration] {
        var options: [any OptionDeclaration] = [repository]
        if reads.contains(.revision) { options.append(rev) }
        if reads.contains(.worktree) { options.append(worktree) }
        if reads.contains(.scopes) { options.append(scope) }
        return options
    }

    let repositoryPath: String?
    let revision: String
    /// Whether `--rev` was given (commands that default to something other than HEAD need to know).
    let revisionIsExplicit: Bool
    let worktree: Bool
    let scopes: [String]

    init(_ arguments: ParsedArguments, reads: Reads = .all) throws {
        repositoryPath = try arguments[Self.repository]
        worktree = reads.contains(.worktree) && arguments[Self.worktree]
        let given = reads.contains(.revision) ? try arguments[Self.rev] : nil
        if worktree, given != nil { throw UsageError(Messages.conflictingOptions("--rev", "--worktree")) }
        revision = given ?? "HEAD"
        revisionIsExplicit = given != nil
        scopes = reads.contains(.scopes) ? try arguments.all(Self.scope) : []
    }

    /// Opens the repository: `-C DIR` (relative to the current folder) or found from the current folder.
    func openRepository(_ context: Context) throws -> Repository {
        try Self.openRepository(repositoryPath, context)
    }

    /// The repository at or above `path` (relative to the current folder), or above the current folder.
    static func openRepository(_ path: String?, _ context: Context) throws -> Repository {
        let folder = absolute(path ?? ".", in: context.currentDirectory)
        if let path, !context.files.exists(folder) { throw ToolError(Messages.noSuchFolder(path)) }
        return try Repository(discoveringFrom: folder)
    }

    /// The repository and the snapshot to read: the revision's commit, or the working tree.
    func open(_ context: Context) throws -> (Repository, Snapshot) {
        let repository = try openRepository(context)
        if worktree { return (repository, try WorktreeSnapshot(repository: repository)) }
        return (repository, CommitSnapshot(repository: repository, commit: try repository.resolveRevision(revision)))
    }

    static func absolute(_ path: String, in directory: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "." { return directory }
        return URL(fileURLWithPath: directory).appendingPathComponent(path).standardizedFileURL.path
    }
}

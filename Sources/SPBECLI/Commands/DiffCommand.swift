import GitStore
import SPBECore

/// `spbe diff A B`: what changed between two revisions or cycles, and how it moved each scope's index.
struct DiffCommand: Command {
    static let name = "diff"
    static let summary = Localized(
        en: "show what changed between two revisions or cycles and how it moved the index",
        indonesian: "tampilkan perubahan antara dua revisi atau siklus dan pengaruhnya pada indeks")

    static let format = Option<Format>.format(DiffReport.formats)
    static let reads: SourceOptions.Reads = [.worktree, .scopes]
    static let options: [any OptionDeclaration] = SourceOptions.options(reads) + [format, CommonOptions.stage]
    static let positionals = Arity.atMost("A", "B")

    let source: SourceOptions
    let revisions: [String]
    let stage: Stage
    let format: Format

    init(_ arguments: ParsedArguments) throws {
        source = try SourceOptions(arguments, reads: Self.reads)
        revisions = arguments.positionals
        if source.worktree, revisions.count == 2 { throw UsageError(Messages.unexpectedArgument(revisions[1])) }
        stage = try arguments[CommonOptions.stage] ?? .final
        format = try arguments[Self.format] ?? .text
    }

    func run(_ context: Context) throws -> ExitCode {
        let repository = try source.openRepository(context)
        let (oldName, newName) = try names(repository)
        let oldCommit = try repository.resolveRevision(oldName)
        let newSnapshot: Snapshot =
            source.worktree
            ? try WorktreeSnapshot(repository: repository)
            : CommitSnapshot(repository: repository, commit: try repository.resolveRevision(newName))
        let reader = RevisionReader(repository: repository, context: context, detail: .assessments)
        let old = try reader.load(oldCommit, scopes: source.scopes)
        let new = try reader.load(newSnapshot, scopes: source.scopes)
        for scope in source.scopes where !old.allScopeIDs.contains(scope) && !new.allScopeIDs.contains(scope) {
            throw ToolError(Messages.unknownScope(scope, new.allScopeIDs))
        }
        let oldScopes = Dictionary(old.scopes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newScopes = Dictionary(new.scopes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sorted = Set(oldScopes.keys).union(newScopes.keys).sorted()
        let diffs = parallelMap(sorted.count, threads: reader.threads) { index in
            ScopeDiffer.diff(old: oldScopes[sorted[index]], new: newScopes[sorted[index]], stage: stage)
        }
        let report = DiffReport(
            diffs: diffs, oldName: oldName, newName: newName, oldCommit: oldCommit.hex,
            newCommit: newSnapshot.commit?.hex,
            stage: stage, language: context.language)
        context.write(report, as: format)
        return .success
    }

    /// The two revisions: as given, or B defaulting to HEAD, or the last cycle tag and HEAD when HEAD is past it,
    /// else the last two cycle tags; with `--worktree`,
    /// A (default HEAD) against the working tree.
    private func names(_ repository: Repository) throws -> (String, String) {
        if source.worktree { return (revisions.first ?? "HEAD", Self.worktreeName) }
        if revisions.count == 2 { return (revisions[0], revisions[1]) }
        if revisions.count == 1 { return (revisions[0], "HEAD") }
        let tags = try repository.tags(prefix: Repository.cycleTagPrefix)
        // Mid-cycle, the last cycle against the work since; otherwise the last two cycles.
        if let last = tags.last, try LogCommand.isPastLastTag(repository.resolveRevision("HEAD"), tags, repository) {
            return (last.name, "HEAD")
        }
        guard tags.count >= 2 else { throw ToolError(Messages.needTwoCycles(tags.map(\.name))) }
        return (tags[tags.count - 2].name, tags[tags.count - 1].name)
    }

    /// How the working tree is named where a revision name would stand.
    static let worktreeName = "worktree"
}

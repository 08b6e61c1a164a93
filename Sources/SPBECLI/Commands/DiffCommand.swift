import GitStore
import SPBECore

/// `spbe diff A B`: what changed between two revisions or cycles, and how it moved each scope's index.
struct DiffCommand: Command {
    static let name = "diff"
    static let summary = Localized(
        en: "show what changed between two revisions or cycles and how it moved the index",
        id: "tampilkan perubahan antara dua revisi atau siklus dan pengaruhnya pada indeks")
    static let synopsis = "[A [B]] [--scope ID] [--stage STAGE] [--format text|json|markdown]"
    static let formats = ["text", "json", "markdown"]
    static let options = [CommonOptions.repository, CommonOptions.scope, CommonOptions.format(formats), CommonOptions.stageOption]

    let repositoryPath: String?
    let revisions: [String]
    let scopes: [String]
    let stage: Stage
    let format: String

    init(_ arguments: ParsedArguments) throws {
        guard arguments.positionals.count <= 2 else { throw UsageError(Messages.unexpectedArgument(arguments.positionals[2])) }
        revisions = arguments.positionals
        repositoryPath = arguments.value("repository")
        scopes = arguments.all("scope")
        stage = try CommonOptions.stage(arguments)
        format = try CommonOptions.formatValue(arguments, choices: Self.formats)
    }

    func run(_ context: Context) throws -> ExitCode {
        let repository = try SourceOptions.openRepository(repositoryPath, context)
        let (oldName, newName) = try names(repository)
        let oldCommit = try repository.resolveCommit(oldName)
        let newCommit = try repository.resolveCommit(newName)
        let reader = RevisionReader(repository: repository, context: context, detail: .assessments)
        let old = try reader.load(oldCommit, scopes: scopes)
        let new = try reader.load(newCommit, scopes: scopes)
        for scope in scopes where !old.allScopeIDs.contains(scope) && !new.allScopeIDs.contains(scope) {
            throw ToolError(Messages.unknownScope(scope, new.allScopeIDs))
        }
        let oldScopes = Dictionary(old.scopes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newScopes = Dictionary(new.scopes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sorted = Set(oldScopes.keys).union(newScopes.keys).sorted()
        let diffs = parallelMap(sorted.count, threads: reader.threads) { index in
            ScopeDiffer.diff(old: oldScopes[sorted[index]], new: newScopes[sorted[index]], stage: stage)
        }
        let report = DiffReport(
            diffs: diffs, oldName: oldName, newName: newName, oldCommit: oldCommit.hex, newCommit: newCommit.hex,
            stage: stage, language: context.language)
        switch format {
        case "json": context.stdout.write(report.json().rendered)
        case "markdown": context.stdout.write(report.markdown())
        default: context.stdout.write(report.text())
        }
        return .success
    }

    /// The two revisions: as given, or B defaulting to HEAD, or the last two cycle tags.
    private func names(_ repository: Repository) throws -> (String, String) {
        if revisions.count == 2 { return (revisions[0], revisions[1]) }
        if revisions.count == 1 { return (revisions[0], "HEAD") }
        let tags = try repository.tags(prefix: Repository.cycleTagPrefix)
        guard tags.count >= 2 else { throw ToolError(Messages.needTwoCycles(tags.map(\.name))) }
        return (tags[tags.count - 2].name, tags[tags.count - 1].name)
    }
}

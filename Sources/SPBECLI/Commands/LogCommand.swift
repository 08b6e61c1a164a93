import Foundation
import GitStore
import SPBECore

/// `spbe log`: the index per cycle tag, or per commit that touched `assessments/`, with changes and a chart.
struct LogCommand: Command {
    static let name = "log"
    static let summary = Localized(
        en: "show the index over the review cycles (or over commits with --commits)",
        id: "tampilkan indeks dari siklus ke siklus (atau per commit dengan --commits)")
    static let synopsis = "[--commits [RANGE]] [--scope ID] [--stage STAGE] [--format text|json|csv]"
    static let formats = ["text", "json", "csv"]
    static let options = [
        CommonOptions.repository, CommonOptions.scope, CommonOptions.stageOption, CommonOptions.format(formats),
        OptionSpec("commits", help: Localized(
            en: "one row per commit that touched assessments/ (in RANGE, e.g. cycle/2023..HEAD; default all of HEAD's history)",
            id: "satu baris per commit yang mengubah assessments/ (dalam RANGE, mis. cycle/2023..HEAD; bawaan seluruh riwayat HEAD)")),
    ]

    let repositoryPath: String?
    let scopes: [String]
    let stage: Stage
    let format: String
    let commits: Bool
    let range: String?

    init(_ arguments: ParsedArguments) throws {
        repositoryPath = arguments.value("repository")
        scopes = arguments.all("scope")
        stage = try CommonOptions.stage(arguments)
        format = try CommonOptions.formatValue(arguments, choices: Self.formats)
        commits = arguments.flag("commits")
        guard arguments.positionals.count <= (commits ? 1 : 0) else {
            throw UsageError(Messages.unexpectedArgument(arguments.positionals.last ?? ""))
        }
        range = arguments.positionals.first
    }

    func run(_ context: Context) throws -> ExitCode {
        let repository = try SourceOptions.openRepository(repositoryPath, context)
        let points = try revisions(repository)
        var rows: [LogReport.Row] = []
        let reader = RevisionReader(repository: repository, context: context, detail: .levels)
        let progress = Progress(output: context.stderr, total: points.count)
        for (number, point) in points.enumerated() {
            progress.update(number + 1, point.name)
            let revision = try reader.load(point.commit, scopes: scopes)
            let scores = parallelMap(revision.scopes.count, threads: reader.threads) { revision.scopes[$0].score(stage: stage) }
            rows += scores.compactMap { score in score.map { LogReport.Row(name: point.name, commit: point.commit.hex, date: point.date, score: $0) } }
        }
        progress.finish()
        let report = LogReport(rows: rows, language: context.language)
        switch format {
        case "json": context.stdout.write(report.json().rendered)
        case "csv": context.stdout.write(report.csv())
        default: context.stdout.write(report.text())
        }
        return .success
    }

    /// The revisions to show, oldest first: the cycle tags, or the commits that touched `assessments/`.
    private func revisions(_ repository: Repository) throws -> [(name: String, commit: ObjectID, date: String)] {
        guard commits else {
            let tags = try repository.tags(prefix: Repository.cycleTagPrefix)
            guard !tags.isEmpty else { throw ToolError(Messages.noCycleTags) }
            return try tags.map { tag in
                let commit = try repository.commit(tag.commit)
                return (tag.name, tag.commit, Dates.day(commit.committer.time, offsetMinutes: commit.committer.offsetMinutes))
            }
        }
        var base: ObjectID?
        var head = "HEAD"
        if let range {
            let parts = range.components(separatedBy: "..")
            guard parts.count == 2 else { throw UsageError(Messages.badRange(range)) }
            base = parts[0].isEmpty ? nil : try repository.resolveCommit(parts[0])
            head = parts[1].isEmpty ? "HEAD" : parts[1]
        }
        let list = try repository.commits(from: base, to: repository.resolveCommit(head), touching: AssessmentPath.folder)
        return list.reversed().map { ($0.id.short, $0.id, Dates.day($0.committer.time, offsetMinutes: $0.committer.offsetMinutes)) }
    }
}


/// A progress line on standard error, only on a terminal and only when there is enough to wait for.
final class Progress {
    private let output: TextOutput
    private let total: Int
    private var shown = false

    init(output: TextOutput, total: Int) {
        self.output = output
        self.total = total
    }

    func update(_ done: Int, _ label: String) {
        guard output.isTerminal, total >= 5 else { return }
        output.write("\r\u{1B}[K\(done)/\(total) \(label)")
        shown = true
    }

    func finish() {
        if shown { output.write("\r\u{1B}[K") }
    }
}

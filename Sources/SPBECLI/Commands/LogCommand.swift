import Foundation
import GitStore
import SPBECore

/// `spbe log`: the index per cycle tag, or per commit that touched `assessments/`, with changes and a chart.
struct LogCommand: Command {
    static let name = "log"
    static let summary = Localized(
        en: "show the index over the review cycles (or over commits with --commits)",
        indonesian: "tampilkan indeks dari siklus ke siklus (atau per commit dengan --commits)")

    static let format = Option<Format>.format(LogReport.formats)
    static let commits = Flag(
        "commits",
        help: Localized(
            en:
                "one row per commit that touched assessments/ (in RANGE, e.g. cycle/2023..HEAD; default all of the revision's history)",
            indonesian:
                "satu baris per commit yang mengubah assessments/ (dalam RANGE, mis. cycle/2023..HEAD; bawaan seluruh riwayat revisi)"
        ))
    static let reads: SourceOptions.Reads = [.revision, .scopes]
    static let options: [any OptionDeclaration] = SourceOptions.options(reads) + [CommonOptions.stage, format, commits]
    static let positionals = Arity.atMost("RANGE")

    let source: SourceOptions
    let stage: Stage
    let format: Format
    let commits: Bool
    let range: String?

    init(_ arguments: ParsedArguments) throws {
        source = try SourceOptions(arguments, reads: Self.reads)
        stage = try arguments[CommonOptions.stage] ?? .final
        format = try arguments[Self.format] ?? .text
        commits = arguments[Self.commits]
        if !commits, let extra = arguments.positionals.first { throw UsageError(Messages.unexpectedArgument(extra)) }
        range = arguments.positionals.first
    }

    func run(_ context: Context) throws -> ExitCode {
        let repository = try source.openRepository(context)
        let points = try revisions(repository)
        var rows: [LogReport.Row] = []
        let reader = RevisionReader(repository: repository, context: context, detail: .levels)
        let progress = Progress(output: context.stderr, total: points.count)
        let tags = try repository.tags(prefix: Repository.cycleTagPrefix)
        // Tags are verified against the keys at the default branch, as `spbe verify` does by default; without
        // one (a detached CI clone) nothing is trusted and `tagVerified` is null.
        let keys =
            format == .json && repository.defaultBranch() != nil
            ? try TrustedKeys(nil, repository: repository, reader: reader, context: context) : nil
        for (number, point) in points.enumerated() {
            progress.update(number + 1, point.name)
            let revision = try reader.load(point.commit, scopes: source.scopes)
            if number == points.count - 1 { try CommonOptions.requireScopes(revision, wanted: source.scopes) }
            let scores = revision.scored(stage: stage, threads: reader.threads).map(\.score)
            // In JSON, each cycle tag says whether it is signed by a coordinator (when keys are listed).
            let tag = format == .json ? tags.first { $0.name == point.name } : nil
            let check = try tag.flatMap { tag in
                try keys.map { try TagVerification.check(tag, repository: repository, keys: $0) }
            }
            rows += scores.compactMap { score in
                score.map {
                    LogReport.Row(name: point.name, commit: point.commit.hex, date: point.date, score: $0, tag: check)
                }
            }
        }
        progress.finish()
        let report = LogReport(rows: rows, language: context.language)
        context.write(report, as: format)
        return .success
    }

    /// Whether `head` is neither a cycle tag nor behind one: work since the last tag (or before any tag).
    static func isPastLastTag(_ head: ObjectID, _ tags: [Tag], _ repository: Repository) throws -> Bool {
        guard !tags.contains(where: { $0.commit == head }) else { return false }
        guard let last = tags.last else { return true }
        return try repository.isAncestor(last.commit, of: head)
    }

    /// The revisions to show, oldest first: the cycle tags, or the commits that touched `assessments/`.
    private func revisions(_ repository: Repository) throws -> [(name: String, commit: ObjectID, date: String)] {
        guard commits else {
            var tags = try repository.tags(prefix: Repository.cycleTagPrefix)
            let head = try repository.resolveRevision(source.revision)
            if source.revisionIsExplicit {
                tags = try tags.filter { try $0.commit == head || repository.isAncestor($0.commit, of: head) }
            }
            func row(_ name: String, _ id: ObjectID) throws -> (name: String, commit: ObjectID, date: String) {
                let commit = try repository.commit(id)
                return (name, id, Dates.day(commit.committer.time, offsetMinutes: commit.committer.offsetMinutes))
            }
            var rows = try tags.map { try row($0.name, $0.commit) }
            // Mid-cycle, the work since the last cycle tag is a row of its own.
            if try Self.isPastLastTag(head, tags, repository) { rows.append(try row(source.revision, head)) }
            return rows
        }
        var base: ObjectID?
        var head = source.revision
        if let range {
            let parts = range.components(separatedBy: "..")
            guard parts.count == 2 else { throw UsageError(Messages.badRange(range)) }
            base = parts[0].isEmpty ? nil : try repository.resolveRevision(parts[0])
            head = parts[1].isEmpty ? source.revision : parts[1]
        }
        let list = try repository.commits(
            from: base, to: repository.resolveRevision(head), touching: AssessmentPath.folder)
        return list.reversed().map {
            ($0.id.short, $0.id, Dates.day($0.committer.time, offsetMinutes: $0.committer.offsetMinutes))
        }
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

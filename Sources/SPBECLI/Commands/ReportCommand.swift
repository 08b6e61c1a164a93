import Foundation
import GitStore
import SPBECore

/// `spbe report`: one self-contained HTML page for leadership (inline CSS and SVG; no network, no assets).
struct ReportCommand: Command {
    static let name = "report"
    static let summary = Localized(
        en: "write one self-contained HTML report with charts for leadership (Indonesian unless --lang en)",
        indonesian: "tulis satu laporan HTML mandiri dengan grafik untuk pimpinan")
    static let out = Option<String>(
        "out", value: "FILE",
        help: Localized(
            en: "write to FILE, '-' for standard output (the default); a FIFO or device is written in place",
            indonesian: "tulis ke BERKAS, '-' untuk keluaran standar (bawaan); FIFO atau perangkat ditulis di tempat"))
    static let reads: SourceOptions.Reads = [.revision, .scopes]
    static let options: [any OptionDeclaration] = SourceOptions.options(reads) + [CommonOptions.stage, out]

    let source: SourceOptions
    let stage: Stage
    let out: String?

    init(_ arguments: ParsedArguments) throws {
        source = try SourceOptions(arguments, reads: Self.reads)
        stage = try arguments[CommonOptions.stage] ?? .final
        out = try arguments[Self.out]
    }

    func run(_ context: Context) throws -> ExitCode {
        let repository = try source.openRepository(context)
        let head = try repository.resolveRevision(source.revision)
        let reader = RevisionReader(repository: repository, context: context, detail: .assessments)
        func load(_ commit: ObjectID) throws -> LoadedRevision { try reader.load(commit, scopes: source.scopes) }
        let current = try load(head)
        try CommonOptions.requireScopes(current, wanted: source.scopes)
        let tags = try repository.tags(prefix: Repository.cycleTagPrefix).filter {
            try $0.commit == head || repository.isAncestor($0.commit, of: head)
        }
        var trend: [(String, LoadedRevision)] = try tags.map { ($0.name, try load($0.commit)) }
        if tags.last?.commit != head { trend.append((source.revision, current)) }
        let previous = try tags.last(where: { $0.commit != head }).map { ($0.name, try load($0.commit)) }
        let commit = try repository.commit(head)
        let comparison = ScopeComparison(current.scored(stage: stage, threads: reader.threads))
        let sections = comparison.scored.map { entry in
            HTMLReport.Section(
                scope: entry.scoped.scope, score: entry.score, leftOut: entry.leftOut,
                trend: ScopeTrend(entry.scoped.scope, history: trend, previous: previous, stage: stage))
        }
        let html = HTMLReport(
            // A revision that is a cycle's tagged commit is headed by that cycle, whatever name reached it.
            sections: sections, revision: tags.last { $0.commit == head }?.name ?? source.revision, commit: head.short,
            date: Dates.day(commit.committer.time, offsetMinutes: commit.committer.offsetMinutes),
            language: context.languageIsExplicit ? context.language : .id
        ).render()
        if let out, out != "-" {
            try context.write(SourceOptions.absolute(out, in: context.currentDirectory), Array(html.utf8), shown: out)
        } else {
            context.stdout.write(html)
        }
        return comparison.reportUnscorable(context) ? .failure : .success
    }
}

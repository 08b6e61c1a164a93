import GitStore
import SPBECore

/// `spbe blame SCOPE/INDICATOR`: every commit that changed an indicator's level (with `--all`, also its
/// explanation or evidence), found by comparing parsed values along history, so moves between files are followed.
struct BlameCommand: Command {
    static let name = "blame"
    static let summary = Localized(
        en: "show who changed an indicator's level, when, and from what to what",
        indonesian: "tampilkan siapa mengubah tingkat suatu indikator, kapan, dan dari berapa ke berapa")

    static let format = Option<Format>.format(BlameReport.formats)
    static let all = Flag(
        "all",
        help: Localized(
            en: "also changes of the explanation or evidence",
            indonesian: "termasuk perubahan penjelasan atau data dukung"))
    static let reads: SourceOptions.Reads = [.revision]
    static let options: [any OptionDeclaration] = SourceOptions.options(reads) + [all, format]
    static let positionals = Arity.exactly("SCOPE/INDICATOR")

    let source: SourceOptions
    let target: String
    let all: Bool
    let format: Format

    init(_ arguments: ParsedArguments) throws {
        target = arguments.positionals[0]
        source = try SourceOptions(arguments, reads: Self.reads)
        all = arguments[Self.all]
        format = try arguments[Self.format] ?? .text
    }

    /// One change to the indicator.
    struct Event {
        let commit: Commit
        let cycle: String?
        let agency: String?
        let old: IndicatorAssessment?
        let new: IndicatorAssessment?
        let what: [String]
    }

    func run(_ context: Context) throws -> ExitCode {
        let repository = try source.openRepository(context)
        let head = try repository.resolveRevision(source.revision)
        let reader = RevisionReader(repository: repository, context: context, detail: .assessments)
        let (scope, indicator) = try CommonOptions.scopeAndIndicator(target) { try reader.load(head) }
        let folder = AssessmentPath.scopeFolder(scope)
        let history = Array(try repository.commits(from: nil, to: head, touching: folder).reversed())
        guard !history.isEmpty else {
            throw ToolError(Messages.unknownScope(scope, try reader.load(head, scopes: []).allScopeIDs))
        }
        // The indicator belongs to the framework the scope uses now; its history begins where that framework does.
        let current = try reader.load(history[history.count - 1].id, scopes: [scope]).scopes.first?.framework?.framework
        if let current, current.indicator(indicator) == nil {
            throw ToolError(Messages.unknownIndicatorInScope(indicator, scope, known: current.indicators.map(\.id)))
        }
        var previous: IndicatorAssessment?
        var events: [Event] = []
        var start: BlameReport.FrameworkStart?
        var earlierFramework: String?
        for commit in history {
            let loaded = try reader.load(commit.id, scopes: [scope])
            guard let scopeNow = loaded.scopes.first else { continue }
            if let framework = scopeNow.framework?.framework, let current, framework.id != current.id {
                (earlierFramework, previous, events, start) = (framework.id, nil, [], nil)
                continue
            }
            if let earlier = earlierFramework, start == nil, let current {
                start = BlameReport.FrameworkStart(commit: commit, from: earlier, to: current.id)
            }
            let counted = scopeNow.scoredIndicators[indicator]
            let what = changes(previous, counted?.assessment)
            if !what.isEmpty {
                events.append(
                    Event(
                        commit: commit, cycle: scopeNow.manifest?.cycle.id, agency: counted?.agency, old: previous,
                        new: counted?.assessment, what: what))
            }
            previous = counted?.assessment
        }
        let report = BlameReport(
            target: "\(scope)/\(indicator)", events: events, frameworkStart: start, language: context.language)
        context.write(report, as: format)
        return .success
    }

    /// What changed between two states of the indicator that this blame reports.
    private func changes(_ old: IndicatorAssessment?, _ new: IndicatorAssessment?) -> [String] {
        var what: [String] = []
        if old?.level != new?.level { what.append("level") }
        if old?.document != new?.document || old?.interview != new?.interview || old?.visit != new?.visit {
            what.append("assessor")
        }
        if all {
            if old?.explanation != new?.explanation { what.append("explanation") }
            if old?.evidence != new?.evidence { what.append("evidence") }
        }
        return what
    }
}

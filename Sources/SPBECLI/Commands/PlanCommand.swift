import GitStore
import SPBECore

/// `spbe plan`: the fewest one-level steps that lift a scope's index to the target or the next predikat.
struct PlanCommand: Command {
    static let name = "plan"
    static let summary = Localized(
        en: "list the fewest level steps that reach the target index or the next predikat",
        indonesian: "daftar langkah tingkat paling sedikit untuk mencapai target indeks atau predikat berikutnya")

    static let format = Option<Format>.format(PlanReport.formats)
    static let target = Option<Rational>(
        "target", value: "X",
        help: Localized(
            en: "the index to reach, e.g. 3.5 (default: the manifest's target, else the next predikat)",
            indonesian: "indeks yang dituju, mis. 3.5 (bawaan: target di manifes, jika tidak ada predikat berikutnya)")
    ) { text in
        guard let document = try? JSONParser().parse(Array(text.utf8)), let number = document.root.number,
            let value = Rational(number)
        else {
            throw UsageError(Messages.badTarget(text))
        }
        return value
    }
    static let options: [any OptionDeclaration] =
        SourceOptions.options() + [format, CommonOptions.stage, target, CommonOptions.agency]

    let source: SourceOptions
    let format: Format
    let stage: Stage
    let target: Rational?
    let agency: String?

    init(_ arguments: ParsedArguments) throws {
        source = try SourceOptions(arguments)
        format = try arguments[Self.format] ?? .text
        stage = try arguments[CommonOptions.stage] ?? .final
        target = try arguments[Self.target]
        agency = try arguments[CommonOptions.agency]
    }

    func run(_ context: Context) throws -> ExitCode {
        let (repository, snapshot) = try source.open(context)
        let loaded = try RevisionReader(repository: repository, context: context, detail: .assessments).load(
            snapshot, scopes: source.scopes)
        try CommonOptions.requireScopes(loaded, wanted: source.scopes)
        let revision = try CommonOptions.narrowed(to: agency, loaded)
        let comparison = ScopeComparison(revision.scored(stage: stage, threads: 1))
        // A target no allowed values reach (`--target 6` on a 1–5 scale) is a mistake on the command line.
        if let target {
            for entry in comparison.scored {
                let values = entry.score.framework.values
                guard target < values.min.rational || target > values.max.rational else { continue }
                throw UsageError(Messages.targetOutOfRange(target, values.min, values.max, entry.score.framework.id))
            }
        }
        let plans = comparison.scored.map { ScopePlan($0, target: target, agency: agency) }
        let report = PlanReport(entries: plans, language: context.language)
        context.write(report, as: format)
        return comparison.reportUnscorable(context) ? .failure : .success
    }
}

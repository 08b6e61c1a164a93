import GitStore
import SPBECore

/// `spbe score`: the Indeks SPBE per scope with its domain, aspect and indicator breakdown.
struct ScoreCommand: Command {
    static let name = "score"
    static let summary = Localized(
        en: "compute the index (Indeks SPBE, Indeks Pemdi) per scope, with its breakdown and predikat",
        indonesian: "hitung indeks (Indeks SPBE, Indeks Pemdi) per lingkup, dengan rincian dan predikatnya")

    static let format = Option<Format>.format(ScoreReport.formats)
    static let indicators = Flag(
        "indicators", help: Localized(en: "add a row per indicator", indonesian: "tambahkan baris per indikator"))
    static let stages = Flag(
        "stages",
        help: Localized(
            en: "one table of the self-assessment against each assessors' stage per indicator, with the gap",
            indonesian: "satu tabel penilaian mandiri terhadap setiap tahap asesor per indikator, dengan selisihnya"))
    static let strict = Flag(
        "strict",
        help: Localized(
            en: "exit 1 when a scope is incomplete or a file is invalid",
            indonesian: "keluar dengan 1 bila lingkup belum lengkap atau ada berkas tidak sah"))
    static let allowPartial = Flag(
        "allow-partial",
        help: Localized(
            en: "exit 0 even when invalid files were left out of a score (the score is still marked partial)",
            indonesian:
                "keluar dengan 0 meski ada berkas tidak sah yang tidak ikut dinilai (skor tetap ditandai parsial)"))
    static let options: [any OptionDeclaration] =
        SourceOptions.options() + [
            format, CommonOptions.stage, stages, indicators, CommonOptions.agency, strict, allowPartial,
        ]

    let source: SourceOptions
    let format: Format
    let stage: Stage
    let withIndicators: Bool
    let byStage: Bool
    let strict: Bool
    let allowPartial: Bool
    let agency: String?

    init(_ arguments: ParsedArguments) throws {
        source = try SourceOptions(arguments)
        format = try arguments[Self.format] ?? .text
        let chosenStage = try arguments[CommonOptions.stage]
        stage = chosenStage ?? .final
        withIndicators = arguments[Self.indicators]
        byStage = arguments[Self.stages]
        if byStage && chosenStage != nil { throw UsageError(Messages.conflictingOptions("--stages", "--stage")) }
        if byStage && withIndicators { throw UsageError(Messages.conflictingOptions("--stages", "--indicators")) }
        strict = arguments[Self.strict]
        allowPartial = arguments[Self.allowPartial]
        agency = try arguments[CommonOptions.agency]
    }

    func run(_ context: Context) throws -> ExitCode {
        let (repository, snapshot) = try source.open(context)
        // An agency's view lists its open follow-ups and the indicator rows what evidence covers: whole assessments.
        let reader = RevisionReader(
            repository: repository, context: context,
            detail: agency == nil && !withIndicators ? .levels : .assessments)
        let loaded = try reader.load(snapshot, scopes: source.scopes)
        try CommonOptions.requireScopes(loaded, wanted: source.scopes)
        let revision = try CommonOptions.narrowed(to: agency, loaded)
        let scored = revision.scored(stage: stage, threads: reader.threads)
        let report = ScoreReport(
            scopes: scored, commit: snapshot.commit, stage: stage, withIndicators: withIndicators || agency != nil,
            agency: agency, language: context.language)
        for path in report.invalidFiles {
            context.stderr.line(
                Messages.warningLine(Messages.skippedInvalidFile(path, lint: report.lint), context.language))
        }
        if byStage {
            let tables = report.scored.compactMap { entry in StageTable(entry.scoped.scope).map { (entry, $0) } }
            context.write(
                StageReport(tables: tables, commit: snapshot.commit, agency: agency, language: context.language),
                as: format)
        } else {
            context.write(report, as: format)
        }
        if report.comparison.reportUnscorable(context) { return .failure }
        // An index computed without some files is not the instansi's index.
        if !allowPartial && !report.invalidFiles.isEmpty { return .findings }
        if strict && (!report.invalidFiles.isEmpty || report.scored.contains { !$0.score.isComplete }) {
            return .findings
        }
        return .success
    }
}

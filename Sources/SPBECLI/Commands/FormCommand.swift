import Foundation
import GitStore
import SPBECore

/// `spbe form`: each indicator's explanation and evidence in the shape the official application asks for (fact,
/// analysis, citations with article or page), with the explanation's length checked against the manifest's limit.
struct FormCommand: Command {
    static let name = "form"
    static let summary = Localized(
        en: "print each indicator's explanation and evidence as the official application asks, checking lengths",
        indonesian:
            "cetak penjelasan dan data dukung tiap indikator seperti diminta aplikasi resmi, memeriksa panjangnya")

    static let format = Option<Format>.format([.text, .json])
    static let indicator = Option<String>(
        "indicator", value: "ID", help: Localized(en: "only this indicator", indonesian: "hanya indikator ini"))
    static let options: [any OptionDeclaration] =
        SourceOptions.options() + [CommonOptions.agency, indicator, format]

    let source: SourceOptions
    let agency: String?
    let indicatorID: String?
    let format: Format

    init(_ arguments: ParsedArguments) throws {
        source = try SourceOptions(arguments)
        agency = try arguments[CommonOptions.agency]
        indicatorID = try arguments[Self.indicator]
        format = try arguments[Self.format] ?? .text
    }

    /// One indicator's form: the explanation split into fact and analysis, the citations, the length.
    struct Item {
        let indicator: String
        let name: String
        let agency: String
        let level: Level
        let fact: String
        let analysis: String
        let citations: [String]
        let length: Int
        let limit: Int?
        var tooLong: Bool { limit.map { length > $0 } ?? false }
    }

    func run(_ context: Context) throws -> ExitCode {
        let (repository, snapshot) = try source.open(context)
        let revision = try RevisionReader(repository: repository, context: context, detail: .assessments).load(
            snapshot, scopes: source.scopes)
        try CommonOptions.requireScopes(revision, wanted: source.scopes)
        try CommonOptions.requireAgency(agency, revision)
        if let indicatorID {
            let frameworks = revision.scopes.compactMap { $0.framework?.framework }
            if !frameworks.contains(where: { $0.indicator(indicatorID) != nil }), let scope = revision.scopes.first {
                let known = frameworks.flatMap { $0.indicators.map(\.id) }
                throw ToolError(Messages.unknownIndicatorInScope(indicatorID, scope.id, known: known))
            }
        }
        var items: [Item] = []
        for scope in revision.scopes {
            guard let framework = scope.framework?.framework else { continue }
            for (id, counted) in scope.scoredIndicators.sorted(by: { $0.key < $1.key })
            where (agency == nil || counted.agency == agency) && (indicatorID == nil || id == indicatorID) {
                let assessment = counted.assessment
                let (fact, analysis) = Self.split(assessment.explanation)
                items.append(
                    Item(
                        indicator: id, name: framework.indicator(id)?.name ?? id, agency: counted.agency,
                        level: assessment.level, fact: fact, analysis: analysis,
                        citations: assessment.evidence.map(Self.citation), length: assessment.explanation.count,
                        limit: scope.manifest?.explanationLimit))
            }
        }
        switch format {
        case .json: context.stdout.write(json(items).rendered)
        default: context.stdout.write(text(items, context.language))
        }
        return items.contains(where: \.tooLong) ? .findings : .success
    }

    /// `Fakta: … Analisis: …` into its two parts; without the markers, all of it is the fact.
    static func split(_ explanation: String) -> (String, String) {
        guard let range = explanation.range(of: "Analisis:") else {
            return (explanation.replacingOccurrences("Fakta:", "").trimmingCharacters(in: .whitespacesAndNewlines), "")
        }
        let fact = String(explanation[..<range.lowerBound]).replacingOccurrences("Fakta:", "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        return (fact, String(explanation[range.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `title (article or page) — path or URL, date`.
    static func citation(_ item: IndicatorAssessment.Evidence) -> String {
        var text = item.title
        if let locator = item.locator { text += " (\(locator))" }
        if let where_ = item.path ?? item.url { text += " — \(where_)" }
        if let date = item.date { text += ", \(date)" }
        return text
    }

    private func text(_ items: [Item], _ language: Language) -> String {
        var out = ""
        for item in items {
            out +=
                "\(item.indicator) \(item.name) — \(item.agency) — \(Messages.levelHeader.text(language)) \(item.level)\n"
            out += "\(Messages.formFact.text(language)): \(item.fact)\n"
            out += "\(Messages.formAnalysis.text(language)): \(item.analysis)\n"
            out += "\(Messages.formEvidence.text(language)):\n"
            for (number, citation) in item.citations.enumerated() { out += "  \(number + 1). \(citation)\n" }
            out += Messages.formLength(item.length, item.limit).text(language) + "\n\n"
        }
        return out
    }

    private func json(_ items: [Item]) -> OutputJSON {
        JSONEnvelope.object([
            (
                "indicators",
                .array(
                    items.map { item in
                        .object([
                            ("id", .string(item.indicator)), ("name", .string(item.name)),
                            ("agency", .string(item.agency)),
                            ("level", item.level.json), ("fact", .string(item.fact)),
                            ("analysis", .string(item.analysis)),
                            ("evidence", .array(item.citations.map(OutputJSON.string))), ("length", .int(item.length)),
                            ("limit", item.limit.map(OutputJSON.int) ?? .null), ("tooLong", .bool(item.tooLong)),
                        ])
                    })
            )
        ])
    }
}

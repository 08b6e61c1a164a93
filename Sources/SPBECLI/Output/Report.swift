import SPBECore

/// The output formats commands share; each command accepts the ones its report writes (`Report.formats`).
enum Format: String, CaseIterable, Sendable {
    case text, json, markdown, csv, sarif, github, junit
}

/// What a command prints, in each format it offers: one writer for every command (`Context.write(_:as:)`).
protocol Report {
    /// The formats it writes, the default first.
    static var formats: [Format] { get }
    /// The output in `format`, one of `formats`.
    func render(_ format: Format) -> String
}

/// A report written as text, JSON, Markdown or CSV, the four most commands offer.
protocol TabularReport: Report {
    func text() -> String
    func json() -> OutputJSON
    func markdown() -> String
    func csv() -> String
}

extension TabularReport {
    static var formats: [Format] { [.text, .json, .markdown, .csv] }

    func render(_ format: Format) -> String {
        switch format {
        case .json: json().rendered
        case .markdown: markdown()
        case .csv: csv()
        default: text()
        }
    }
}

extension Option where Value == Format {
    /// `--format` over a report's formats, the first being the default.
    static func format(_ formats: [Format]) -> Option<Format> {
        let choices = formats.map(\.rawValue)
        let first = choices.first ?? ""
        return Option(
            "format", value: choices.joined(separator: "|"),
            help: Localized(en: "output format (default \(first))", indonesian: "format keluaran (bawaan '\(first)')")
        ) { text in
            guard let format = Format(rawValue: text), formats.contains(format) else {
                throw UsageError(Messages.badChoice("--format", text, choices))
            }
            return format
        }
    }
}

extension Context {
    /// Writes a report on standard output in `format`.
    func write(_ report: some Report, as format: Format) { stdout.write(report.render(format)) }
}

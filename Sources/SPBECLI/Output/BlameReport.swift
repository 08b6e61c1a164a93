import GitStore
import SPBECore

/// The output of `spbe blame`.
struct BlameReport {
    /// Where the scope moved to the indicator's framework: its history starts there.
    struct FrameworkStart {
        let commit: Commit
        let from: String
        let to: String
    }

    let target: String
    let events: [BlameCommand.Event]
    let frameworkStart: FrameworkStart?
    let language: Language

    static func level(_ state: IndicatorAssessment?) -> String { state.map { $0.level.description } ?? "-" }

    static func stages(_ state: IndicatorAssessment?) -> String {
        guard let state else { return "-" }
        return [state.document, state.interview, state.visit].map { $0?.description ?? "·" }.joined(separator: "/")
    }

    private var header: [String] {
        [
            "commit", Messages.dateHeader.text(language), Messages.authorHeader.text(language),
            Messages.cycleLabel.text(language), Messages.agencyHeader.text(language),
            Messages.levelHeader.text(language),
            Messages.assessorHeader.text(language), Messages.changeHeader.text(language),
        ]
    }

    func text() -> String {
        var table = Table(header, rightAligned: header.map { _ in false })
        table.rows = rows
        let start = frameworkStart.map {
            Messages.blameFrameworkStart($0.commit.id.short, $0.from, $0.to).text(language) + "\n"
        }
        return "\(target)\n" + (events.isEmpty ? Messages.neverAssessed.text(language) + "\n" : table.text)
            + (start ?? "")
    }

    func json() -> OutputJSON {
        func state(_ value: IndicatorAssessment?) -> OutputJSON {
            guard let value else { return .null }
            return .object([
                ("level", value.level.json), ("document", value.document?.json ?? .null),
                ("interview", value.interview?.json ?? .null), ("visit", value.visit?.json ?? .null),
                ("final", value.level(at: .final).json),
            ])
        }
        return JSONEnvelope.object([
            ("target", .string(target)),
            (
                "frameworkStart",
                frameworkStart.map {
                    .object([("commit", .string($0.commit.id.hex)), ("from", .string($0.from)), ("to", .string($0.to))])
                } ?? .null
            ),
            (
                "changes",
                .array(
                    events.map { event in
                        .object([
                            ("commit", .string(event.commit.id.hex)),
                            (
                                "author",
                                .object([
                                    ("name", .string(event.commit.author.name)),
                                    ("email", .string(event.commit.author.email)),
                                ])
                            ),
                            (
                                "date",
                                .string(
                                    Dates.day(
                                        event.commit.author.time, offsetMinutes: event.commit.author.offsetMinutes))
                            ),
                            ("summary", .string(event.commit.summary)),
                            ("cycle", .optional(event.cycle)), ("agency", .optional(event.agency)),
                            ("old", state(event.old)), ("new", state(event.new)),
                            ("what", .array(event.what.map(OutputJSON.string))),
                        ])
                    })
            ),
        ])
    }

    private var rows: [[String]] {
        events.map { event in
            [
                event.commit.id.short,
                Dates.day(event.commit.author.time, offsetMinutes: event.commit.author.offsetMinutes),
                "\(event.commit.author.name) <\(event.commit.author.email)>", event.cycle ?? "-", event.agency ?? "-",
                "\(Self.level(event.old)) → \(Self.level(event.new))",
                "\(Self.stages(event.old)) → \(Self.stages(event.new))",
                event.what.map { Messages.blameChange($0).text(language) }.joined(separator: ", "),
            ]
        }
    }

    func markdown() -> String {
        let header = [
            "commit", Messages.dateHeader.text(language), Messages.authorHeader.text(language),
            Messages.cycleLabel.text(language), Messages.agencyHeader.text(language),
            Messages.levelHeader.text(language),
            Messages.assessorHeader.text(language), Messages.changeHeader.text(language),
        ]
        return "### `\(target)`\n\n" + Table.markdownOf(header, rows, rightAligned: [])
    }

    func csv() -> String {
        let rows = events.map { event in
            [
                event.commit.id.hex,
                Dates.day(event.commit.author.time, offsetMinutes: event.commit.author.offsetMinutes),
                event.commit.author.name, event.commit.author.email, event.cycle ?? "", event.agency ?? "",
                event.old.map { $0.level.description } ?? "", event.new.map { $0.level.description } ?? "",
                event.new?.level(at: .final).description ?? "", event.what.joined(separator: " "),
            ]
        }
        return Table.csvOf(
            ["commit", "date", "author", "email", "cycle", "agency", "old", "new", "final", "change"], rows)
    }
}

extension BlameReport: TabularReport {}

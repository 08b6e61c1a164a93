import SPBECore

/// The output of `spbe log`: per scope, one row per revision with the change against the row before.
struct LogReport {
    struct Row {
        let name: String
        let commit: String
        let date: String
        let score: ScopeScore
    }

    let rows: [Row]
    let language: Language

    /// Rows grouped by scope, in the order scopes first appear.
    var byScope: [(String, [Row])] {
        var order: [String] = []
        var groups: [String: [Row]] = [:]
        for row in rows {
            if groups[row.score.manifest.id] == nil { order.append(row.score.manifest.id) }
            groups[row.score.manifest.id, default: []].append(row)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    /// A bar 0..max of the framework's levels, in eighths of a character: 3.42 of 5 → 20½ of 30 characters.
    static func bar(_ index: Rational, maximum: Int, width: Int = 30) -> String {
        let eighths = Int((index.doubleValue / Double(max(maximum, 1)) * Double(width * 8)).rounded())
        let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + blocks[eighths % 8]
    }

    func text() -> String {
        var out = ""
        for (id, group) in byScope {
            out += "\(group[0].score.manifest.name) (\(id))\n"
            var table = TextTable(
                [
                    Messages.revisionHeader.text(language), Messages.dateHeader.text(language),
                    Messages.indexHeader.text(language),
                    Messages.changeHeader.text(language), Messages.predikatHeader.text(language), "",
                ],
                rightAligned: [false, false, true, true, false, false])
            var previous: ScopeScore?
            for row in group {
                let change = previous.map { DiffReport.signed(row.score.index - $0.index) } ?? ""
                let mark = row.score.isComplete ? "" : " !"
                table.rows.append([
                    row.name, row.date, row.score.display + mark, change, row.score.predikat.name,
                    Self.bar(row.score.index, maximum: row.score.framework.values.max.wholePart),
                ])
                previous = row.score
            }
            out += table.rendered + "\n"
        }
        return out
    }

    func json() -> OutputJSON {
        JSONEnvelope.object([
            (
                "scopes",
                .array(
                    byScope.map { id, group in
                        var previous: ScopeScore?
                        return .object([
                            ("id", .string(id)),
                            (
                                "rows",
                                .array(
                                    group.map { row in
                                        let decimals = row.score.framework.decimals
                                        defer { previous = row.score }
                                        return .object([
                                            ("revision", .string(row.name)), ("commit", .string(row.commit)),
                                            ("date", .string(row.date)),
                                            ("index", row.score.index.json(decimals: decimals)),
                                            ("predikat", .string(row.score.predikat.name)),
                                            ("complete", .bool(row.score.isComplete)),
                                            (
                                                "change",
                                                previous.map { (row.score.index - $0.index).json(decimals: decimals) }
                                                    ?? .null
                                            ),
                                        ])
                                    })
                            ),
                        ])
                    })
            )
        ])
    }

    func csv() -> String {
        var out = "scope,revision,commit,date,index,exact,predikat,complete,change\n"
        for (id, group) in byScope {
            var previous: ScopeScore?
            for row in group {
                let change = previous.map { DiffReport.signed(row.score.index - $0.index) } ?? ""
                out +=
                    [
                        id, row.name, row.commit, row.date, row.score.display, row.score.index.description,
                        row.score.predikat.name,
                        row.score.isComplete ? "true" : "false", change,
                    ].map(ScoreReport.csvField).joined(separator: ",") + "\n"
                previous = row.score
            }
        }
        return out
    }
}

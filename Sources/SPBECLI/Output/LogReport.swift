import SPBECore

/// The output of `spbe log`: per scope, one row per revision with the change against the row before.
struct LogReport {
    struct Row {
        let name: String
        let commit: String
        let date: String
        let score: ScopeScore
        /// The cycle tag's signature check (JSON only); nil for a row that is not a tag.
        var tag: TagVerification? = nil
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

    /// The change against the row before; nil for the first row and across a framework change, where the two
    /// indices are on different scales.
    static func change(_ score: ScopeScore, after previous: ScopeScore?) -> Rational? {
        guard let previous, previous.framework.id == score.framework.id else { return nil }
        return score.index - previous.index
    }

    /// A bar 0..max of the framework's levels, in eighths of a character: 3.42 of 5 → 20½ of 30 characters.
    static func bar(_ index: Rational, maximum: Int, width: Int = 30) -> String {
        let eighths = Int((index.doubleValue / Double(max(maximum, 1)) * Double(width * 8)).rounded())
        let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + blocks[eighths % 8]
    }

    /// A scope's heading names it as its latest row does: an instansi renamed within the range is shown by the
    /// name it has now.
    static func currentName(_ group: [Row]) -> String { group.last?.score.manifest.name ?? "" }

    func text() -> String {
        var out = ""
        for (id, group) in byScope {
            out += "\(Self.currentName(group)) (\(id))\n"
            var table = Table(
                [
                    Messages.revisionHeader.text(language), Messages.dateHeader.text(language),
                    Messages.indexHeader.text(language),
                    Messages.changeHeader.text(language), Messages.predikatHeader.text(language),
                    Messages.frameworkHeader.text(language), "",
                ],
                rightAligned: [false, false, true, true, false, false, false])
            var previous: ScopeScore?
            for row in group {
                let change = Self.change(row.score, after: previous).map { Figures.signed($0) } ?? ""
                let mark = row.score.isComplete ? "" : " !"
                table.rows.append([
                    row.name, row.date, row.score.display + mark, change,
                    Messages.predikatCell(row.score).text(language),
                    row.score.framework.id,
                    Self.bar(row.score.index, maximum: row.score.framework.values.max.wholePart),
                ])
                previous = row.score
            }
            out += table.text
            if group.contains(where: { !$0.score.isComplete }) { out += Messages.incompleteMark.text(language) + "\n" }
            out += "\n"
        }
        return out
    }

    func json() -> OutputJSON {
        JSONEnvelope.object(
            frameworks: rows.map(\.score.framework.id),
            [
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
                                                ("framework", .string(row.score.framework.id)),
                                                (
                                                    "tagVerified",
                                                    row.tag.flatMap {
                                                        $0 == .noKeys ? nil : OutputJSON.bool($0.isVerified)
                                                    }
                                                        ?? .null
                                                ),
                                                ("complete", .bool(row.score.isComplete)),
                                                (
                                                    "change",
                                                    Self.change(row.score, after: previous)?.changeJSON ?? .null
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
        var table = Table([
            "scope", "revision", "commit", "date", "index", "exact", "predikat", "framework", "complete", "change",
        ])
        for (id, group) in byScope {
            var previous: ScopeScore?
            for row in group {
                let change = Self.change(row.score, after: previous).map { Figures.signed($0) } ?? ""
                table.rows.append([
                    id, row.name, row.commit, row.date, row.score.display, row.score.index.description,
                    row.score.predikat.name, row.score.framework.id, row.score.isComplete ? "true" : "false", change,
                ])
                previous = row.score
            }
        }
        return table.csv
    }

    /// A table per scope, for a merge-request comment or a job summary.
    func markdown() -> String {
        var out = ""
        for (id, group) in byScope {
            out += "### \(Self.currentName(group)) (`\(id)`)\n\n"
            var previous: ScopeScore?
            let rows = group.map { row -> [String] in
                defer { previous = row.score }
                return [
                    row.name, row.date, row.score.display + (row.score.isComplete ? "" : " !"),
                    Self.change(row.score, after: previous).map { Figures.signed($0) } ?? "",
                    Messages.predikatCell(row.score).text(language), row.score.framework.id,
                ]
            }
            out += Table.markdownOf(
                [
                    Messages.revisionHeader.text(language), Messages.dateHeader.text(language),
                    Messages.indexHeader.text(language), Messages.changeHeader.text(language),
                    Messages.predikatHeader.text(language), Messages.frameworkHeader.text(language),
                ], rows, rightAligned: [false, false, true, true, false, false])
            out += "\n"
        }
        return out
    }
}

extension LogReport: TabularReport {}

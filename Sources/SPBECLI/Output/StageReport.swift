import GitStore
import SPBECore

/// The output of `spbe score --stages`: per scope, each indicator's self-assessment against every assessors'
/// stage and the gap, then the index as it stood after each stage.
struct StageReport: TabularReport {
    /// Each scored scope (with the files left out of its score) and its table.
    let tables: [(entry: ComparedScope, table: StageTable)]
    let commit: ObjectID?
    /// With `--agency`: only that agency's indicators.
    let agency: String?
    let language: Language

    private func t(_ text: Localized) -> String { text.text(language) }

    private func rows(_ table: StageTable) -> [StageTable.Row] {
        table.rows.filter { agency == nil || $0.agency == agency }
    }

    private static func cell(_ level: Level?) -> String { level?.description ?? "·" }

    private static func gap(_ row: StageTable.Row) -> String {
        guard let gap = row.gap else { return "·" }
        return gap.hundredths > 0 ? "+\(gap)" : gap.description
    }

    private var header: [String] {
        [t(Messages.indicatorHeader), t(Messages.agencyHeader)] + StageTable.stages.map { t($0.word) }
            + [t(Messages.gapHeader)]
    }

    private func table(_ entry: (entry: ComparedScope, table: StageTable)) -> Table {
        var table = Table(header, rightAligned: [false, false, true, true, true, true, true, true])
        for row in rows(entry.table) {
            table.rows.append(
                [row.indicator.id, row.agency ?? "-"]
                    + StageTable.stages.dropLast().map { Self.cell(row.recorded[$0]) } + [
                        row.final.description, Self.gap(row),
                    ])
        }
        table.rows.append(
            [t(Messages.indexHeader), ""] + StageTable.stages.map { entry.table.scores[$0]?.display ?? "" } + [""])
        return table
    }

    /// The scope's name and id, marked partial (with the files left out) as `score` marks it.
    private func heading(_ entry: ComparedScope) -> String {
        let scope = entry.scoped.scope
        let partial = entry.isPartial ? " \(t(Messages.partialLabel)): \(entry.leftOut.joined(separator: ", "))" : ""
        return "\(scope.manifest?.name ?? scope.id) (\(scope.id))" + partial
    }

    func text() -> String {
        tables.map { entry in heading(entry.entry) + "\n" + table(entry).text }.joined(separator: "\n")
    }

    func markdown() -> String {
        tables.map { entry in "### " + heading(entry.entry) + "\n\n" + table(entry).markdown }.joined(separator: "\n")
    }

    func csv() -> String {
        var table = Table(["scope", "indicator", "agency"] + StageTable.stages.map(\.rawValue) + ["gap"])
        for entry in tables {
            for row in rows(entry.table) {
                table.rows.append(
                    [entry.entry.scoped.scope.id, row.indicator.id, row.agency ?? ""]
                        + StageTable.stages.dropLast().map { row.recorded[$0]?.description ?? "" }
                        + [row.final.description, row.gap?.description ?? ""])
            }
        }
        return table.csv
    }

    func json() -> OutputJSON {
        JSONEnvelope.object(
            frameworks: tables.compactMap { $0.table.scores[.final]?.framework.id },
            [
                ("commit", .optional(commit?.hex)),
                (
                    "scopes",
                    .array(
                        tables.map { entry in
                            .object([
                                ("id", .string(entry.entry.scoped.scope.id)),
                                ("partial", .bool(entry.entry.isPartial)),
                                ("leftOut", .array(entry.entry.leftOut.map(OutputJSON.string))),
                                (
                                    "indices",
                                    .object(
                                        StageTable.stages.compactMap { stage in
                                            entry.table.scores[stage].map { score in
                                                (stage.rawValue, score.index.json(decimals: score.framework.decimals))
                                            }
                                        })
                                ),
                                (
                                    "indicators",
                                    .array(
                                        rows(entry.table).map { row in
                                            .object(
                                                [("id", .string(row.indicator.id)), ("agency", .optional(row.agency))]
                                                    + StageTable.stages.dropLast().map { stage in
                                                        (stage.rawValue, row.recorded[stage]?.json ?? .null)
                                                    } + [("final", row.final.json), ("gap", row.gap?.json ?? .null)])
                                        })
                                ),
                            ])
                        })
                ),
            ])
    }
}

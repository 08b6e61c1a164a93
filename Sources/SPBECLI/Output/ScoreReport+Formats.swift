import Foundation
import GitStore
import SPBECore

extension ScoreReport {
    /// The documented JSON shape (see the README): tool, commit, stage, scopes, summary, invalid files.
    func json() -> OutputJSON {
        JSONEnvelope.object(
            frameworks: scored.map(\.score.framework.id),
            [
                ("commit", .optional(commit?.hex)),
                ("stage", .string(stage.rawValue)),
                ("scopes", .array(comparison.ranked.map(scopeJSON))),
                (
                    "summary",
                    .object([
                        ("scopes", .int(scored.count)),
                        (
                            "frameworks",
                            .array(
                                comparison.groups.map { group in
                                    .object([
                                        ("id", .string(group.framework.id)),
                                        ("scopes", .int(group.ranked.count)),
                                        ("meanIndex", group.meanIndex.json(decimals: group.framework.decimals)),
                                        ("predikat", .object(group.predikatCounts.map { ($0.band, .int($0.count)) })),
                                    ])
                                })
                        ),
                    ])
                ),
                ("invalidFiles", .array(invalidFiles.map(OutputJSON.string))),
            ])
    }

    private func scopeJSON(_ entry: ComparedScope) -> OutputJSON {
        let score = entry.score
        let decimals = score.framework.decimals
        let source = entry.framework
        var members: [(String, OutputJSON)] = [
            ("id", .string(score.manifest.id)),
            ("name", .string(score.manifest.name)),
            ("cycle", .string(score.manifest.cycle.id)),
            (
                "framework",
                .object([
                    ("id", .string(score.framework.id)),
                    ("path", .optional(source?.path)),
                    ("blob", .optional(source?.blob.map { ObjectID($0).hex })),
                ])
            ),
            ("index", score.index.json(decimals: decimals)),
            ("predikat", .string(score.predikat.name)),
            ("maturity", .optional(score.predikat.label)),
            ("predikatFrom", .string(score.predikatFromRounded ? "rounded" : "exact")),
            ("predikatNote", .optional(Messages.predikatNote(score).map(t))),
            ("complete", .bool(score.isComplete)),
            ("partial", .bool(entry.isPartial)),
            ("leftOut", .array(entry.leftOut.map(OutputJSON.string))),
            ("indicatorCount", .int(score.indicators.count)),
            ("assessed", .int(score.indicators.count - score.missing.count)),
            ("missing", .array(score.missing.map(OutputJSON.string))),
            ("groupLevels", .array(score.framework.groupLevels.map { .string($0.id) })),
            ("groups", .array(score.groups.map { groupJSON($0, score.framework, decimals) })),
        ]
        if withIndicators {
            members.append(
                (
                    "indicators",
                    .array(
                        rows(score).map { row in
                            .object([
                                ("id", .string(row.indicator.id)),
                                ("name", .string(row.indicator.name)),
                                ("level", row.level.json),
                                ("agency", .optional(row.agency)),
                                ("evidenceLevel", evidenceLevel(entry, row).map(OutputJSON.int) ?? .null),
                                ("weight", .string(Figures.weight(row.indicator.weight))),
                                ("contribution", row.contribution.pointsJSON),
                            ])
                        })
                ))
        }
        return .object(members)
    }

    private func groupJSON(_ part: ScopeScore.GroupScore, _ framework: Framework, _ decimals: Int) -> OutputJSON {
        .object([
            ("id", .string(part.id)), ("name", .string(part.name)),
            ("level", .string(framework.groupLevels[part.depth].id)), ("parent", .optional(part.group.parentID)),
            ("weight", .string(Figures.weight(part.weight))), ("index", part.index.json(decimals: decimals)),
        ])
    }

    /// GitHub/GitLab-flavoured Markdown, for a merge-request comment or a CI job summary.
    func markdown() -> String {
        var out = "## \(comparison.groups.map(\.framework.indexName).joined(separator: " · "))\n\n"
        for group in comparison.groups {
            var (table, columns) = summaryTable(group)
            for entry in group.ranked {
                let score = entry.score
                let assessed = score.indicators.count - score.missing.count
                let mark =
                    (score.isComplete
                        ? "✅ \(assessed)/\(score.indicators.count)" : "⚠️ \(assessed)/\(score.indicators.count)")
                    + (entry.isPartial ? " ⚠️ **\(t(Messages.partialLabel))**" : "")
                table.rows.append(
                    [
                        "\(score.manifest.name) (`\(score.manifest.id)`)", "**\(score.display)**",
                        t(Messages.predikatCell(score)),
                    ]
                        + columns.map { Self.column($0, of: score) } + [mark])
            }
            out += table.markdown
            if group.ranked.count > 1 {
                let framework = comparison.groups.count > 1 ? "\(group.framework.id) · " : ""
                out +=
                    "\n\(t(Messages.summaryLabel)): \(framework)\(t(Messages.scopeCount(group.ranked.count))) · \(t(Messages.meanLabel)) \(group.meanIndex.rounded(group.framework.decimals))\n"
            }
            if comparison.groups.count > 1 { out += "\n" }
        }
        for entry in comparison.ranked where entry.isPartial {
            out += "\n> ⚠️ **`\(entry.score.manifest.id)`: \(t(Messages.partialScore(entry.leftOut, lint: lint)))**\n"
        }
        for score in comparison.ranked.map(\.score) where !score.isComplete {
            out += "\n> ⚠️ `\(score.manifest.id)`: \(t(Messages.missingList(score.missing)))\n"
        }
        if withIndicators, let score = scored.first?.score, scored.count == 1 {
            out +=
                "\n"
                + Table(
                    [
                        t(Messages.indicatorHeader), t(Messages.levelHeader), t(Messages.agencyHeader),
                        t(Messages.weightHeader), t(Messages.contributionHeader),
                    ],
                    rightAligned: [false, true, false, true, true],
                    rows: rows(score).map { row in
                        [
                            row.indicator.id, row.level.description, row.agency ?? "",
                            Figures.weight(row.indicator.weight),
                            Figures.points(row.contribution),
                        ]
                    }
                ).markdown
        }
        out +=
            "\n<sub>spbe \(Tool.version) · \(revisionText) · \(t(Messages.stageLabel)) \(t(stage.word))</sub>\n"
        return out
    }

    /// One row per scope, or with `--indicators` one row per indicator.
    func csv() -> String {
        if withIndicators {
            var table = Table(["scope", "indicator", "group", "subgroup", "level", "agency", "weight", "contribution"])
            for score in comparison.ranked.map(\.score) {
                for row in rows(score) {
                    let groups = row.indicator.groupIDs
                    table.rows.append([
                        score.manifest.id, row.indicator.id, groups.first ?? "", groups.dropFirst().last ?? "",
                        row.level.description, row.agency ?? "", Figures.weight(row.indicator.weight),
                        Figures.points(row.contribution),
                    ])
                }
            }
            return table.csv
        }
        let columns = columnIDs
        var table = Table(
            ["scope", "name", "framework", "cycle", "index", "exact", "predikat", "complete", "assessed", "partial"]
                + columns + ["predikatNote"])
        for entry in comparison.ranked {
            let score = entry.score
            table.rows.append(
                [
                    score.manifest.id, score.manifest.name, score.framework.id, score.manifest.cycle.id, score.display,
                    score.index.description, score.predikat.name, score.isComplete ? "true" : "false",
                    String(score.indicators.count - score.missing.count), entry.isPartial ? "true" : "false",
                ] + columns.map { Self.column($0, of: score) } + [Messages.predikatNote(score).map(t) ?? ""])
        }
        return table.csv
    }
}

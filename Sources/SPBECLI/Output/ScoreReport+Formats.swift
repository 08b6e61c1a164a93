import Foundation
import GitStore
import SPBECore

extension ScoreReport {
    /// The documented JSON shape (see the README): tool, commit, stage, scopes, summary, invalid files.
    func json() -> OutputJSON {
        JSONEnvelope.object([
            ("commit", .optional(commit?.hex)),
            ("stage", .string(stage.rawValue)),
            ("scopes", .array(ranked.map(scopeJSON))),
            (
                "summary",
                .object([
                    ("scopes", .int(scores.count)),
                    ("meanIndex", meanIndex.map { $0.json(decimals: scores.first?.framework.decimals ?? 2) } ?? .null),
                    ("predikat", .object(predikatCounts.map { ($0.0, .int($0.1)) })),
                ])
            ),
            ("invalidFiles", .array(invalidFiles.map(OutputJSON.string))),
        ])
    }

    private func scopeJSON(_ score: ScopeScore) -> OutputJSON {
        let decimals = score.framework.decimals
        var members: [(String, OutputJSON)] = [
            ("id", .string(score.manifest.id)),
            ("name", .string(score.manifest.name)),
            ("cycle", .string(score.manifest.cycle.id)),
            (
                "framework",
                .object([
                    ("id", .string(score.framework.id)),
                    ("path", .optional(frameworkSources[score.manifest.id]?.path)),
                    ("blob", .optional(frameworkSources[score.manifest.id]?.blob.map { ObjectID($0).hex })),
                ])
            ),
            ("index", score.index.json(decimals: decimals)),
            ("predikat", .string(score.predikat.name)),
            ("predikatFrom", .string(score.manifest.cycle.predikatFromRounded ? "rounded" : "exact")),
            ("complete", .bool(score.isComplete)),
            ("indicatorCount", .int(score.indicators.count)),
            ("assessed", .int(score.indicators.count - score.missing.count)),
            ("missing", .array(score.missing.map(OutputJSON.string))),
            ("domains", .array(score.domains.map { part($0, decimals) })),
            ("aspects", .array(score.aspects.map { part($0, decimals) })),
        ]
        if withIndicators {
            members.append(
                (
                    "indicators",
                    .array(
                        score.indicators.map { row in
                            .object([
                                ("id", .string(row.indicator.id)),
                                ("level", .int(row.level)),
                                ("agency", .optional(row.agency)),
                                ("weight", .string(Self.weight(row.indicator.weight))),
                                ("contribution", row.contribution.json(decimals: 6)),
                            ])
                        })
                ))
        }
        return .object(members)
    }

    private func part(_ part: ScopeScore.Part, _ decimals: Int) -> OutputJSON {
        .object([
            ("id", .string(part.id)), ("name", .string(part.name)), ("weight", .string(Self.weight(part.weight))),
            ("index", part.index.json(decimals: decimals)),
        ])
    }

    /// GitHub/GitLab-flavoured Markdown, for a merge-request comment or a CI job summary.
    func markdown() -> String {
        var out = "## \(t(Messages.indexLabel))\n\n"
        let domainIDs = scores.first?.domains.map(\.id) ?? []
        out +=
            "| \(t(Messages.scopeHeader)) | \(t(Messages.indexHeader)) | \(t(Messages.predikatHeader)) | "
            + domainIDs.joined(separator: " | ") + " | \(t(Messages.completeLabel)) |\n"
        out += "|---|--:|---|" + domainIDs.map { _ in "--:|" }.joined() + "---|\n"
        for score in ranked {
            let domains = score.domains.map { $0.index.rounded(score.framework.decimals) }.joined(separator: " | ")
            let assessed = score.indicators.count - score.missing.count
            let mark =
                score.isComplete ? "✅ \(assessed)/\(score.indicators.count)" : "⚠️ \(assessed)/\(score.indicators.count)"
            out +=
                "| \(score.manifest.name) (`\(score.manifest.id)`) | **\(score.display)** | \(score.predikat.name) | \(domains) | \(mark) |\n"
        }
        if scores.count > 1, let mean = meanIndex {
            out +=
                "\n\(t(Messages.summaryLabel)): \(t(Messages.scopeCount(scores.count))) · \(t(Messages.meanLabel)) \(mean.rounded(scores[0].framework.decimals))\n"
        }
        for score in ranked where !score.isComplete {
            out += "\n> ⚠️ `\(score.manifest.id)`: \(t(Messages.missingList(score.missing)))\n"
        }
        if withIndicators, let score = scores.first, scores.count == 1 {
            out +=
                "\n| \(t(Messages.indicatorHeader)) | \(t(Messages.levelHeader)) | \(t(Messages.agencyHeader)) | \(t(Messages.weightHeader)) | \(t(Messages.contributionHeader)) |\n|---|--:|---|--:|--:|\n"
            for row in score.indicators {
                out +=
                    "| \(row.indicator.id) | \(row.level) | \(row.agency ?? "") | \(Self.weight(row.indicator.weight)) | \(Self.points(row.contribution)) |\n"
            }
        }
        out += "\n<sub>spbe \(Tool.version) · \(revisionText) · \(t(Messages.stageLabel)) \(stage.rawValue)</sub>\n"
        return out
    }

    /// One row per scope, or with `--indicators` one row per indicator.
    func csv() -> String {
        if withIndicators {
            var out = "scope,indicator,domain,aspect,level,agency,weight,contribution\n"
            for score in ranked {
                for row in score.indicators {
                    out +=
                        [
                            score.manifest.id, row.indicator.id, row.indicator.domainID, row.indicator.aspectID,
                            String(row.level), row.agency ?? "", Self.weight(row.indicator.weight),
                            Self.points(row.contribution),
                        ].map(Self.csvField).joined(separator: ",") + "\n"
                }
            }
            return out
        }
        let domainIDs = scores.first?.domains.map(\.id) ?? []
        var out =
            (["scope", "name", "framework", "cycle", "index", "exact", "predikat", "complete", "assessed"] + domainIDs)
            .joined(separator: ",") + "\n"
        for score in ranked {
            let fields =
                [
                    score.manifest.id, score.manifest.name, score.framework.id, score.manifest.cycle.id, score.display,
                    score.index.description, score.predikat.name, score.isComplete ? "true" : "false",
                    String(score.indicators.count - score.missing.count),
                ] + score.domains.map { $0.index.rounded(score.framework.decimals) }
            out += fields.map(Self.csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

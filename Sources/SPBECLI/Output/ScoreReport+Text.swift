import SPBECore

extension ScoreReport {
    func text() -> String {
        // An agency's view is its indicators in each scope that lists it, never a table of indices alone.
        if scored.count == 1 || agency != nil { return scored.map(detail).joined(separator: "\n") }
        return table()
    }

    private func detail(_ entry: ComparedScope) -> String {
        let score = entry.score
        let decimals = score.framework.decimals
        var out = "\(score.manifest.name) (\(score.manifest.id))\n"
        out +=
            "\(score.framework.id) · \(t(Messages.cycleLabel)) \(score.manifest.cycle.id) · \(t(Messages.stageLabel)) \(t(stage.word)) · \(revisionText)\n\n"
        let exact = score.index.exactDecimal ?? score.index.rounded(6) + "…"
        out +=
            "\(score.framework.indexName)  \(score.display)  \(score.predikat.name)  (\(t(Messages.exactLabel)) \(exact)"
            + (Messages.predikatNote(score).map { "; " + t($0) } ?? "") + ")\n"
        let leftOut = entry.leftOut
        if !leftOut.isEmpty { out += t(Messages.partialScore(leftOut, lint: lint)) + "\n" }
        let assessed = score.indicators.count - score.missing.count
        if score.isComplete {
            out += "\(t(Messages.completeLabel)): \(t(Messages.assessedCount(assessed, score.indicators.count)))\n"
        } else {
            out += "\(t(Messages.incompleteLabel)): \(t(Messages.assessedCount(assessed, score.indicators.count)))\n"
            out += t(Messages.missingList(score.missing)) + "\n"
        }
        out += "\n"
        var table = Table(
            [Figures.groupHeader(score.framework, language), t(Messages.weightHeader), t(Messages.indexHeader)],
            rightAligned: [false, true, true])
        for part in score.groups {
            let indent = String(repeating: "    ", count: part.depth)
            table.rows.append([
                "\(indent)\(part.id)  \(part.name)", Figures.weight(part.weight), part.index.rounded(decimals),
            ])
        }
        out += table.text
        if withIndicators { out += "\n" + indicatorTable(entry) }
        return out
    }

    private func indicatorTable(_ entry: ComparedScope) -> String {
        if agency != nil { return agencyTable(entry) }
        let score = entry.score
        var table = Table(
            [
                t(Messages.indicatorHeader), t(Messages.levelHeader), t(Messages.agencyHeader),
                t(Messages.weightHeader), t(Messages.contributionHeader),
            ],
            rightAligned: [false, false, false, true, true])
        for row in score.indicators {
            let name = score.framework.levelName(row.level, of: row.indicator).map { " \($0)" } ?? ""
            let evidence = evidenceLevel(entry, row).map { " " + t(Messages.evidenceCovers($0)) } ?? ""
            table.rows.append([
                row.indicator.id, "\(row.level)\(name)\(evidence)", row.agency ?? t(Messages.noOwner),
                Figures.weight(row.indicator.weight), Figures.points(row.contribution),
            ])
        }
        return table.text
    }

    /// An agency's own indicators: name, value with the level's meaning, weight, contribution, open follow-ups.
    private func agencyTable(_ entry: ComparedScope) -> String {
        let score = entry.score
        var table = Table(
            [
                t(Messages.indicatorHeader), t(Messages.nameHeader), t(Messages.levelHeader),
                t(Messages.weightHeader), t(Messages.contributionHeader), t(Messages.openFollowUpsHeader),
            ],
            rightAligned: [false, false, false, true, true, true])
        for row in rows(score) {
            let level = score.framework.levelName(row.level, of: row.indicator).map { " \($0)" } ?? ""
            table.rows.append([
                row.indicator.id, Figures.shortName(row.indicator.name, width: 48),
                row.isMissing
                    ? "-"
                    : "\(row.level)\(level)"
                        + (evidenceLevel(entry, row).map { " " + t(Messages.evidenceCovers($0)) } ?? ""),
                Figures.weight(row.indicator.weight), Figures.points(row.contribution),
                String(openFollowUps(entry, row.indicator.id)),
            ])
        }
        let name = score.manifest.agency(agency ?? "")?.name ?? agency ?? ""
        return "\(name) (\(agency ?? "")): \(t(Messages.indicatorCount(rows(score).count)))\n" + table.text
    }

    /// One table per framework, each with its own columns and summary.
    private func table() -> String {
        comparison.groups.map(table).joined(separator: "\n")
    }

    private func table(_ group: ScopeComparison.Group) -> String {
        var (table, columns) = summaryTable(group)
        for entry in group.ranked {
            let score = entry.score
            let assessed = score.indicators.count - score.missing.count
            let completeness =
                (score.isComplete ? "\(assessed)/\(score.indicators.count)" : "\(assessed)/\(score.indicators.count) !")
                + (entry.isPartial ? " " + t(Messages.partialLabel) : "")
            table.rows.append(
                [score.manifest.id, score.display, t(Messages.predikatCell(score))]
                    + columns.map { Self.column($0, of: score) }
                    + [completeness])
        }
        var out = table.text + "\n"
        for entry in group.ranked where entry.isPartial {
            out += "\(entry.score.manifest.id): \(t(Messages.partialScore(entry.leftOut, lint: lint)))\n"
        }
        let counts = group.predikatCounts.map { "\($0.band) \($0.count)" }.joined(separator: ", ")
        let mean = group.meanIndex.rounded(group.framework.decimals)
        let framework = comparison.groups.count > 1 ? "\(group.framework.id) · " : ""
        out +=
            "\(t(Messages.summaryLabel)): \(framework)\(t(Messages.scopeCount(group.ranked.count))) · \(t(Messages.meanLabel)) \(mean) · \(counts)\n"
        return out
    }

}

import SPBECore

extension ScoreReport {
    func text() -> String {
        if scores.count == 1, let score = scores.first { return detail(score) }
        return table()
    }

    private func detail(_ score: ScopeScore) -> String {
        let decimals = score.framework.decimals
        var out = "\(score.manifest.name) (\(score.manifest.id))\n"
        out +=
            "\(score.framework.id) · \(t(Messages.cycleLabel)) \(score.manifest.cycle.id) · \(t(Messages.stageLabel)) \(stage.rawValue) · \(revisionText)\n\n"
        let exact = score.index.exactDecimal ?? score.index.rounded(6) + "…"
        out +=
            "\(t(Messages.indexLabel))  \(score.display)  \(score.predikat.name)  (\(t(Messages.exactLabel)) \(exact))\n"
        let assessed = score.indicators.count - score.missing.count
        if score.isComplete {
            out += "\(t(Messages.completeLabel)): \(t(Messages.assessedCount(assessed, score.indicators.count)))\n"
        } else {
            out += "\(t(Messages.incompleteLabel)): \(t(Messages.assessedCount(assessed, score.indicators.count)))\n"
            out += t(Messages.missingList(score.missing)) + "\n"
        }
        out += "\n"
        var table = TextTable(
            [t(Messages.domainHeader), t(Messages.weightHeader), t(Messages.indexHeader)],
            rightAligned: [false, true, true])
        var aspects = score.aspects.makeIterator()
        for (domain, part) in zip(score.framework.domains, score.domains) {
            table.rows.append(["\(part.id)  \(part.name)", Self.weight(part.weight), part.index.rounded(decimals)])
            for _ in domain.aspects {
                guard let aspect = aspects.next() else { break }
                table.rows.append([
                    "    \(aspect.id)  \(aspect.name)", Self.weight(aspect.weight), aspect.index.rounded(decimals),
                ])
            }
        }
        out += table.rendered
        if withIndicators { out += "\n" + indicatorTable(score) }
        return out
    }

    private func indicatorTable(_ score: ScopeScore) -> String {
        var table = TextTable(
            [
                t(Messages.indicatorHeader), t(Messages.levelHeader), t(Messages.agencyHeader),
                t(Messages.weightHeader), t(Messages.contributionHeader),
            ],
            rightAligned: [false, false, false, true, true])
        for row in score.indicators {
            let name = score.framework.levelName(row.level, of: row.indicator).map { " \($0)" } ?? ""
            table.rows.append([
                row.indicator.id, "\(row.level)\(name)", row.agency ?? t(Messages.noOwner),
                Self.weight(row.indicator.weight), Self.points(row.contribution),
            ])
        }
        return table.rendered
    }

    private func table() -> String {
        let domainIDs = scores.first?.domains.map(\.id) ?? []
        var table = TextTable(
            [t(Messages.scopeHeader), t(Messages.indexHeader), t(Messages.predikatHeader)] + domainIDs + [
                t(Messages.completeLabel)
            ],
            rightAligned: [false, true, false] + domainIDs.map { _ in true } + [false])
        for score in ranked {
            let domains = score.domains.map { $0.index.rounded(score.framework.decimals) }
            let assessed = score.indicators.count - score.missing.count
            let completeness =
                score.isComplete ? "\(assessed)/\(score.indicators.count)" : "\(assessed)/\(score.indicators.count) !"
            table.rows.append([score.manifest.id, score.display, score.predikat.name] + domains + [completeness])
        }
        var out = table.rendered + "\n"
        let counts = predikatCounts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        let mean = meanIndex.map { $0.rounded(scores.first?.framework.decimals ?? 2) } ?? "-"
        out +=
            "\(t(Messages.summaryLabel)): \(t(Messages.scopeCount(scores.count))) · \(t(Messages.meanLabel)) \(mean) · \(counts)\n"
        return out
    }
}

import SPBECore

/// The `spbe report` page: per scope a band scale, domain and aspect bars, the trend over cycles, an agency ×
/// indicator heat map, the largest changes since the previous cycle and the open follow-ups. Inline CSS and SVG only.
struct HTMLReport {
    struct Section {
        let scope: LoadedScope
        let score: ScopeScore
        /// The files the score left out (from `ScoredScope`): when any, the score is partial.
        let leftOut: [String]
        /// The scores over the cycles and the change since the previous one.
        let trend: ScopeTrend
    }

    let sections: [Section]
    let revision: String
    let commit: String
    let date: String
    let language: Language

    func t(_ text: Localized) -> String { HTML.escape(text.text(language)) }

    func render() -> String {
        var body = ""
        for section in sections { body += scopeSection(section) }
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(t(Messages.reportTitle))</title>
            <style>\(HTML.style)</style>
            </head>
            <body>
            <header><h1>\(t(Messages.reportTitle))</h1>
            <p class="meta">\(HTML.escape(revision)) · commit \(HTML.escape(commit)) · \(HTML.escape(date)) · spbe \(Tool.version)</p></header>
            \(body)
            </body>
            </html>

            """
    }

    private func scopeSection(_ section: Section) -> String {
        let score = section.score
        let exact = score.index.exactDecimal ?? score.index.rounded(4)
        var html = "<section class=\"scope\">\n<h2>\(HTML.escape(score.manifest.name))</h2>\n"
        html +=
            "<p class=\"meta\">\(t(Messages.cycleLabel)) \(HTML.escape(score.manifest.cycle.id)) · \(HTML.escape(score.framework.name))</p>\n"
        html += "<div class=\"headline\"><div class=\"index\"><span class=\"value\">\(score.display)</span>"
        html +=
            "<span class=\"predikat\" style=\"background:\(HTML.bandColor(score.predikat, in: score.framework));color:\(HTML.bandTextColor(score.predikat, in: score.framework))\">\(HTML.escape(score.predikat.name))</span>"
        if let label = score.predikat.label {
            let text = language == .en ? score.predikat.labelEn ?? label : label
            html += "<span class=\"exact\">\(HTML.escape(text))</span>"
        }
        html += "<span class=\"exact\">\(t(Messages.exactLabel)) \(exact)</span>"
        if let note = Messages.predikatNote(score) { html += "<span class=\"exact\">\(HTML.escape(t(note)))</span>" }
        html += "</div>\n"
        html += Charts.bandScale(score) + "</div>\n"
        let leftOut = section.leftOut
        if !leftOut.isEmpty {
            html += "<p class=\"warning\"><strong>\(t(Messages.partialScore(leftOut)))</strong></p>\n"
        }
        if !score.isComplete {
            html += "<p class=\"warning\">\(t(Messages.missingList(score.missing)))</p>\n"
        }
        html +=
            "<div class=\"row\"><div class=\"panel\"><h3>\(HTML.escape(groupTitle(score.framework)))</h3>\n\(Charts.bars(score))</div>\n"
        html += "<div class=\"panel\"><h3>\(t(Messages.trendTitle))</h3>\n\(Charts.trend(section.trend))</div></div>\n"
        html += "<div class=\"panel wide\"><h3>\(t(Messages.heatMapTitle))</h3>\n\(heatMap(score))</div>\n"
        html += verification(section)
        html += changes(section)
        html += followUps(section)
        return html + "</section>\n"
    }

    private func heatMap(_ score: ScopeScore) -> String {
        // Every indicator column one width, wide enough for the framework's values (3.25 needs more than 3).
        let count = score.framework.indicators.count
        let fractional = score.indicators.contains { !$0.level.isWhole }
        let cell = max(18, min(fractional ? 34 : 22, (1_000 - 130) / max(count, 1)))
        var html = "<table class=\"heat\" style=\"width:\(130 + count * cell)px\"><colgroup><col style=\"width:130px\">"
        html += String(repeating: "<col style=\"width:\(cell)px\">", count: count)
        html += "</colgroup><thead><tr><th></th>"
        for indicator in score.framework.indicators { html += "<th><span>\(HTML.escape(indicator.id))</span></th>" }
        html += "</tr></thead><tbody>\n"
        for agency in score.manifest.agencies {
            html += "<tr><th class=\"agency\" title=\"\(HTML.escape(agency.name))\">\(HTML.escape(agency.id))</th>"
            for row in score.indicators {
                if row.agency == agency.id {
                    html +=
                        "<td style=\"background:\(HTML.levelColor(row.level, max: score.framework.values.max))\" title=\"\(HTML.escape(row.indicator.name))\">\(row.isMissing ? "" : row.level.description)</td>"
                } else {
                    html += "<td></td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table>\n<p class=\"legend\">\(t(Messages.heatMapLegend))</p>\n"
    }

    /// `Domains and aspects`, `Aspects`: the framework's group levels, capitalised as a heading.
    private func groupTitle(_ framework: Framework) -> String {
        let names = framework.groupLevels.enumerated().map { depth, level in
            let name = language == .en ? level.nameEn : level.name
            return depth == 0 ? name : name.lowercased()
        }
        return names.joined(separator: language == .en ? " and " : " dan ")
    }

    /// Per indicator with a checklist and per judged stage: requirements accepted, to revise, rejected (also with a
    /// lower level) and still without evidence, and the open recommendations.
    private func verification(_ section: Section) -> String {
        guard let checklist = section.scope.framework?.checklist, !checklist.requirements.isEmpty else { return "" }
        var rows = ""
        for assessment in section.scope.assessments {
            for indicator in assessment.indicators where !checklist.of(indicator.id).isEmpty {
                let judged = [Stage.document, .interview, .visit].compactMap { stage in
                    indicator.review.verdicts[stage].map { (stage.rawValue, $0) }
                }
                for (stage, verdicts) in judged.isEmpty ? [("-", [:])] : judged {
                    let standing = checklist.standing(of: indicator, verdicts: verdicts)
                    func ids(_ list: [Requirement]) -> String { HTML.escape(list.map(\.id).joined(separator: " ")) }
                    let (accepted, revise, rejected, missing) = (
                        ids(standing.accepted), ids(standing.revise), ids(standing.rejected), ids(standing.missing)
                    )
                    let open = indicator.review.recommendations.filter {
                        $0.isOpen && ($0.stage?.rawValue ?? stage) == stage
                    }
                    rows +=
                        "<tr><td>\(HTML.escape(indicator.id))</td><td>\(HTML.escape(assessment.agency))</td><td>\(Stage(rawValue: stage).map { t($0.word) } ?? stage)</td><td>\(accepted)</td><td>\(revise)</td><td>\(rejected)</td><td>\(missing)</td><td class=\"num\">\(open.count)</td></tr>\n"
                }
            }
        }
        guard !rows.isEmpty else { return "" }
        let note = checklist.illustrative ? " <span class=\"exact\">(\(t(Messages.illustrativeChecklist)))</span>" : ""
        var html = "<div class=\"panel wide\"><h3>\(t(Messages.verificationTitle))\(note)</h3>\n"
        html +=
            "<table><thead><tr><th>\(t(Messages.indicatorHeader))</th><th>\(t(Messages.agencyHeader))</th><th>\(t(Messages.stageLabel))</th><th>\(t(Messages.queueAccepted))</th><th>\(t(Messages.queueRevise))</th><th>\(t(Messages.queueRejected))</th><th>\(t(Messages.queueMissing))</th><th class=\"num\">\(t(Messages.queueRecommendation))</th></tr></thead><tbody>\n"
        return html + rows + "</tbody></table></div>\n"
    }

    private func changes(_ section: Section) -> String {
        guard let (name, diff) = section.trend.change else { return "" }
        var html = "<div class=\"panel wide\"><h3>\(t(Messages.changesTitle(name)))</h3>\n"
        if let change = diff.frameworkSwitch {
            let before = section.trend.previousScore
            html +=
                "<p>\(before?.display ?? "-") \(HTML.escape(before?.predikat.name ?? "")) (\(HTML.escape(change.from.id))) → \(section.score.display) \(HTML.escape(section.score.predikat.name)) (\(HTML.escape(change.to.id)))</p>\n"
            return html + "<p>\(t(Messages.frameworkSwitched(change.from.id, change.to.id)))</p></div>\n"
        }
        html +=
            "<p>\(section.trend.previousScore?.display ?? "-") → \(section.score.display) (\(t(Messages.exactLabel)) \(Figures.signed(diff.change)))</p>\n"
        guard !diff.levelChanges.isEmpty else { return html + "<p>\(t(Messages.noLevelChanges))</p></div>\n" }
        html +=
            "<table><thead><tr><th>\(t(Messages.indicatorHeader))</th><th>\(t(Messages.agencyHeader))</th><th>\(t(Messages.levelHeader))</th><th class=\"num\">\(t(Messages.contributionHeader))</th></tr></thead><tbody>\n"
        for change in section.trend.largestChanges(10) {
            let agency = section.score.manifest.agency(change.agency ?? "")?.name ?? change.agency ?? "-"
            html +=
                "<tr><td>\(HTML.escape(change.indicator.id)) \(HTML.escape(change.indicator.name))</td><td>\(HTML.escape(agency))</td>"
            html +=
                "<td class=\"nowrap\">\(change.old) → \(change.new)</td><td class=\"num \(change.contribution.numerator < 0 ? "down" : "up")\">\(Figures.signed(change.contribution))</td></tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    private func followUps(_ section: Section) -> String {
        var rows: [(String, String, IndicatorAssessment.FollowUp)] = []
        for assessment in section.scope.assessments {
            for indicator in assessment.indicators {
                for followUp in indicator.followUps where followUp.isOpen {
                    rows.append((indicator.id, assessment.agency, followUp))
                }
            }
        }
        guard !rows.isEmpty else { return "" }
        rows.sort { ($0.2.due ?? "9999", $0.0) < ($1.2.due ?? "9999", $1.0) }
        var html = "<div class=\"panel wide\"><h3>\(t(Messages.followUpsTitle(rows.count)))</h3>\n"
        html +=
            "<table><thead><tr><th>\(t(Messages.indicatorHeader))</th><th>\(t(Messages.agencyHeader))</th><th>\(t(Messages.actionHeader))</th><th>\(t(Messages.dueHeader))</th><th class=\"num\">\(t(Messages.targetHeader))</th></tr></thead><tbody>\n"
        for (indicator, agency, followUp) in rows {
            let overdue = followUp.isOverdue(on: date)
            html +=
                "<tr\(overdue ? " class=\"overdue\"" : "")><td>\(HTML.escape(indicator))</td><td>\(HTML.escape(section.score.manifest.agency(agency)?.name ?? agency))</td>"
            html +=
                "<td>\(HTML.escape(followUp.action))</td><td class=\"nowrap\">\(HTML.escape(followUp.due ?? "-"))\(overdue ? " ⚠" : "")</td><td class=\"num\">\(followUp.targetLevel?.description ?? "-")</td></tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }
}

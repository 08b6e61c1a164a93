import GitStore
import SPBECore

/// The output of `spbe score` in each format.
struct ScoreReport {
    let comparison: ScopeComparison
    let commit: ObjectID?
    let stage: Stage
    let withIndicators: Bool
    /// With `--agency`: only that agency's indicators, with their names and open follow-ups.
    let agency: String?
    /// The lint command that reads what was scored (`spbe lint --worktree` for the working tree).
    var lint: String { commit == nil ? "spbe lint --worktree" : "spbe lint" }
    let language: Language
    /// For the indicator rows, the entries that give each scope's indicators their values (by scope id): found
    /// once here, not searched per row.
    private let counted: [String: [String: CountedIndicator]]

    init(
        scopes: [ScoredScope], commit: ObjectID?, stage: Stage, withIndicators: Bool, agency: String? = nil,
        language: Language
    ) {
        comparison = ScopeComparison(scopes)
        self.commit = commit
        self.stage = stage
        self.withIndicators = withIndicators
        self.agency = agency
        self.language = language
        var counted: [String: [String: CountedIndicator]] = [:]
        if withIndicators {
            for entry in comparison.scored { counted[entry.scoped.scope.id] = entry.scoped.scope.scoredIndicators }
        }
        self.counted = counted
    }

    /// The scopes that could be scored.
    var scored: [ComparedScope] { comparison.scored }
    /// Every file left out of a score, in scope order.
    var invalidFiles: [String] { comparison.leftOut }

    /// The indicator rows shown: all, or the agency's.
    func rows(_ score: ScopeScore) -> [ScopeScore.IndicatorRow] {
        guard let agency else { return score.indicators }
        return score.indicators.filter { $0.agency == agency }
    }

    /// Open follow-ups of an indicator, from the file that gives it its level.
    func openFollowUps(_ entry: ComparedScope, _ indicator: String) -> Int {
        counted[entry.scoped.scope.id]?[indicator]?.assessment.followUps.filter(\.isOpen).count ?? 0
    }

    /// The whole level an indicator's evidence covers under the cumulative rule, when its checklist says less
    /// than the value scored (the recorded value stays the score; this is shown beside it).
    func evidenceLevel(_ entry: ComparedScope, _ row: ScopeScore.IndicatorRow) -> Int? {
        guard let checklist = entry.framework?.checklist,
            let assessed = counted[entry.scoped.scope.id]?[row.indicator.id],
            let coverage = checklist.coverage(of: assessed.assessment, level: row.level), coverage.isShort
        else { return nil }
        return coverage.reached
    }

    /// The summary table of one framework's scopes, headed and aligned; rows are the format's to fill.
    func summaryTable(_ group: ScopeComparison.Group) -> (table: Table, columns: [String]) {
        let columns = group.ranked[0].score.topGroups.map(\.id)
        let table = Table(
            [t(Messages.scopeHeader), t(Messages.indexHeader), t(Messages.predikatHeader)] + columns + [
                t(Messages.completeLabel)
            ],
            rightAligned: [false, true, false] + columns.map { _ in true } + [false])
        return (table, columns)
    }

    /// The top-level group ids over all scores, in order of first appearance: the summary's columns.
    var columnIDs: [String] {
        var ids: [String] = []
        for entry in scored { for part in entry.score.topGroups where !ids.contains(part.id) { ids.append(part.id) } }
        return ids
    }

    func t(_ text: Localized) -> String { text.text(language) }

    var revisionText: String { commit.map { "commit \($0.short)" } ?? t(Messages.workingTree) }

    /// A top-level group's index rounded, or empty when the scope's framework has no such group.
    static func column(_ id: String, of score: ScopeScore) -> String {
        score.topGroups.first { $0.id == id }?.index.rounded(score.framework.decimals) ?? ""
    }
}

extension ScoreReport: TabularReport {}

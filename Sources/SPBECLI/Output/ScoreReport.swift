import GitStore
import SPBECore

/// The output of `spbe score` in each format.
struct ScoreReport {
    let scopes: [ScoredScope]
    let commit: ObjectID?
    let stage: Stage
    let withIndicators: Bool
    /// With `--agency`: only that agency's indicators, with their names and open follow-ups.
    let agency: String?
    /// The lint command that reads what was scored (`spbe lint --worktree` for the working tree).
    var lint: String { commit == nil ? "spbe lint --worktree" : "spbe lint" }
    let language: Language
    /// Each score's scope and, for the indicator rows, the entries that give its indicators their values: found
    /// once here, not searched per row.
    private let scopeOf: [ObjectIdentifier: (scoped: ScoredScope, counted: [String: CountedIndicator])]

    init(
        scopes: [ScoredScope], commit: ObjectID?, stage: Stage, withIndicators: Bool, agency: String? = nil,
        language: Language
    ) {
        self.scopes = scopes
        self.commit = commit
        self.stage = stage
        self.withIndicators = withIndicators
        self.agency = agency
        self.language = language
        var scopeOf: [ObjectIdentifier: (scoped: ScoredScope, counted: [String: CountedIndicator])] = [:]
        for scoped in scopes {
            guard let manifest = scoped.score?.manifest else { continue }
            scopeOf[ObjectIdentifier(manifest)] = (scoped, withIndicators ? scoped.scope.scoredIndicators : [:])
        }
        self.scopeOf = scopeOf
    }

    /// The scores of the scopes that could be scored.
    var scores: [ScopeScore] { scopes.compactMap(\.score) }
    /// Every file left out of a score, in scope order.
    var invalidFiles: [String] { scopes.flatMap(\.leftOut) }

    /// The indicator rows shown: all, or the agency's.
    func rows(_ score: ScopeScore) -> [ScopeScore.IndicatorRow] {
        guard let agency else { return score.indicators }
        return score.indicators.filter { $0.agency == agency }
    }

    /// Open follow-ups of an indicator, from the file that gives it its level.
    func openFollowUps(_ score: ScopeScore, _ indicator: String) -> Int {
        scopeOf[ObjectIdentifier(score.manifest)]?.counted[indicator]?.assessment.followUps.filter(\.isOpen).count ?? 0
    }

    /// The whole level an indicator's evidence covers under the cumulative rule, when its checklist says less
    /// than the value scored (the recorded value stays the score; this is shown beside it).
    func evidenceLevel(_ score: ScopeScore, _ row: ScopeScore.IndicatorRow) -> Int? {
        guard let found = scopeOf[ObjectIdentifier(score.manifest)],
            let checklist = found.scoped.framework?.checklist, let counted = found.counted[row.indicator.id],
            let coverage = checklist.coverage(of: counted.assessment, level: row.level), coverage.isShort
        else { return nil }
        return coverage.reached
    }

    /// The files left out of one scope's score: when any, the score is partial.
    func leftOut(_ score: ScopeScore) -> [String] { scopeOf[ObjectIdentifier(score.manifest)]?.scoped.leftOut ?? [] }

    /// Where the score's framework came from.
    func frameworkSource(_ score: ScopeScore) -> LoadedFramework? {
        scopeOf[ObjectIdentifier(score.manifest)]?.scoped.framework
    }

    /// Best index first, then by scope id.
    var ranked: [ScopeScore] { Self.ranked(scores) }

    static func ranked(_ scores: [ScopeScore]) -> [ScopeScore] {
        scores.sorted { ($0.index, $1.manifest.id) > ($1.index, $0.manifest.id) }
    }

    /// The scores by framework, in order of first appearance: indices of different frameworks are on different
    /// scales, so they are never ranked, averaged or counted together.
    var byFramework: [[ScopeScore]] {
        var groups: [[ScopeScore]] = []
        for score in scores {
            if let slot = groups.firstIndex(where: { $0[0].framework.id == score.framework.id }) {
                groups[slot].append(score)
            } else {
                groups.append([score])
            }
        }
        return groups
    }

    /// The top-level group ids over all scores, in order of first appearance: the summary's columns.
    var columnIDs: [String] {
        var ids: [String] = []
        for score in scores { for part in score.topGroups where !ids.contains(part.id) { ids.append(part.id) } }
        return ids
    }

    func t(_ text: Localized) -> String { text.text(language) }

    var revisionText: String { commit.map { "commit \($0.short)" } ?? t(Messages.workingTree) }

    /// An indicator's name cut to fit a table column: `Tingkat Kematangan Penyelenggaraan Informasi Ge…`.
    static func shortName(_ name: String, width: Int = 40) -> String {
        name.count > width ? String(name.prefix(width - 1)) + "…" : name
    }

    /// Weight as written in the framework, e.g. `13`, `16.5`, `2.75`.
    static func weight(_ value: Rational) -> String { value.exactDecimal ?? value.rounded(4) }

    /// A contribution to the index, exact when it ends within six places.
    static func points(_ value: Rational) -> String {
        guard let exact = value.exactDecimal, exact.split(separator: ".").last.map({ $0.count <= 6 }) ?? true else {
            return value.rounded(6)
        }
        return exact
    }

    /// Count of scopes per predikat, in the framework's band order (highest first); scores of one framework.
    static func predikatCounts(_ scores: [ScopeScore]) -> [(String, Int)] {
        guard let bands = scores.first?.framework.bands else { return [] }
        return bands.map { band in (band.name, scores.filter { $0.predikat.name == band.name }.count) }
    }

    /// The mean of the exact indices; scores of one framework.
    static func meanIndex(_ scores: [ScopeScore]) -> Rational? {
        guard !scores.isEmpty else { return nil }
        return scores.reduce(Rational.zero) { $0 + $1.index } / Rational(scores.count)
    }

    /// A top-level group's index rounded, or empty when the scope's framework has no such group.
    static func column(_ id: String, of score: ScopeScore) -> String {
        score.topGroups.first { $0.id == id }?.index.rounded(score.framework.decimals) ?? ""
    }
}

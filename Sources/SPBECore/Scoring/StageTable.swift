/// The self-assessment against each assessors' stage, per indicator, with the gap between the final level and
/// the agency's own: what `score --stages` shows in one table instead of a `diff --stage` per stage.
public struct StageTable: Sendable {
    /// One indicator: the levels written for each stage (self, document, interview, visit) and the final one.
    public struct Row: Sendable {
        public let indicator: Framework.Indicator
        /// The agency whose entry counts for the indicator; nil when none assessed it.
        public let agency: String?
        /// What the entry records per stage, as written (`final` is not among them).
        public let recorded: [Stage: Level]
        /// The level the index counts at the final stage (0 when not assessed or not allowed by the framework).
        public let final: Level
        /// Final minus self-assessment: negative where the assessors graded lower. Nil when not self-assessed.
        public var gap: Level? { recorded[.self].map { final - $0 } }
    }

    /// The stages as columns, in the order the evaluation runs.
    public static let stages: [Stage] = [.self, .document, .interview, .visit, .final]

    public let rows: [Row]
    /// The scope's score as it stood after each stage of `stages`.
    public let scores: [Stage: ScopeScore]

    /// Nil when the scope cannot be scored (no usable manifest or framework).
    public init?(_ scope: LoadedScope) {
        var scores: [Stage: ScopeScore] = [:]
        for stage in Self.stages { scores[stage] = scope.score(stage: stage) }
        guard let final = scores[.final] else { return nil }
        var written: [String: [String: IndicatorLevels]] = [:]
        for file in scope.levels {
            for levels in file.indicators where written[file.agency]?[levels.id] == nil {
                written[file.agency, default: [:]][levels.id] = levels
            }
        }
        rows = final.indicators.map { row in
            let levels = row.agency.flatMap { written[$0]?[row.indicator.id] }
            var recorded: [Stage: Level] = [:]
            if let levels {
                recorded[.self] = levels.level
                recorded[.document] = levels.document
                recorded[.interview] = levels.interview
                recorded[.visit] = levels.visit
            }
            return Row(indicator: row.indicator, agency: row.agency, recorded: recorded, final: row.level)
        }
        self.scores = scores
    }
}

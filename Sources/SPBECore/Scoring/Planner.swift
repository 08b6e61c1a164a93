/// The fewest one-level steps that lift a scope's exact index to a goal.
///
/// A step raises one indicator (below the top level) by one level and adds `weight / weightTotal` to the index,
/// whatever the level. So the k steps with the largest gains beat any other k steps: taking steps by weight,
/// heaviest first, reaches the goal in the fewest steps (ties go to the lower current level, then framework order).
public enum Planner {
    public struct Step: Sendable {
        public let indicator: Framework.Indicator
        public let agency: String?
        public let from: Int
        public let to: Int
        /// The exact index after this step and all before it.
        public let indexAfter: Rational
    }

    public struct Plan: Sendable {
        public let goal: Rational
        public let start: Rational
        public let steps: [Step]
        /// False when even every indicator at the top level does not reach the goal.
        public let reachable: Bool
    }

    /// The plan from the levels of `score` to an exact index of at least `goal`.
    public static func plan(_ score: ScopeScore, goal: Rational) -> Plan {
        let framework = score.framework
        var candidates: [(row: ScopeScore.IndicatorRow, level: Int, order: Int)] = []
        for (order, row) in score.indicators.enumerated() where row.level < framework.levels.upperBound {
            for level in row.level..<framework.levels.upperBound {
                candidates.append((row, level, order))
            }
        }
        candidates.sort { lhs, rhs in
            if lhs.row.indicator.weight != rhs.row.indicator.weight {
                return lhs.row.indicator.weight > rhs.row.indicator.weight
            }
            if lhs.level != rhs.level { return lhs.level < rhs.level }
            return lhs.order < rhs.order
        }
        var index = score.index
        var steps: [Step] = []
        for candidate in candidates where index < goal {
            let from = candidate.level
            let to = from + 1
            index = index + candidate.row.indicator.weight / framework.weightTotal
            steps.append(
                Step(
                    indicator: candidate.row.indicator, agency: candidate.row.agency, from: from, to: to,
                    indexAfter: index))
        }
        return Plan(goal: goal, start: score.index, steps: steps, reachable: index >= goal)
    }

    /// The lowest exact index that earns the next band above the current one, or nil at the top band.
    /// With the predikat read from the rounded index, the half-up rounding lowers that threshold.
    public static func nextBandGoal(_ score: ScopeScore) -> (Framework.Band, Rational)? {
        let framework = score.framework
        guard let next = framework.bands.reversed().first(where: { $0.minimum > score.predikat.minimum }) else {
            return nil
        }
        guard score.manifest.cycle.predikatFromRounded else { return (next, next.minimum) }
        var scale = 1
        for _ in 0..<framework.decimals { scale *= 10 }
        return (next, next.minimum - Rational(1, 2 * scale))
    }
}

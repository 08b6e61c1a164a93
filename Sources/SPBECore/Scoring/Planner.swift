/// The fewest steps that lift a scope's exact index to a goal.
///
/// A step raises one indicator by one level (1.00), or to the framework's maximum when less than one level is
/// left (2.5 → 3.5 → 4.5 → 5). Its gain is `size × weight / weightTotal`, and an indicator's steps never gain
/// more than the one before. So the k largest gains are always reachable in order, and no k steps gain more:
/// taking steps by gain, largest first, reaches the goal in the fewest steps (ties go to the lower current
/// value, then framework order).
public enum Planner {
    public struct Step: Sendable {
        public let indicator: Framework.Indicator
        public let agency: String?
        public let from: Level
        public let to: Level
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

    /// The plan from the levels of `score` to an exact index of at least `goal`, raising only `agency`'s indicators
    /// when given (an agency's own share of the way).
    public static func plan(_ score: ScopeScore, goal: Rational, agency: String? = nil) -> Plan {
        let framework = score.framework
        let top = framework.values.max
        var candidates: [(row: ScopeScore.IndicatorRow, from: Level, to: Level, gain: Rational, order: Int)] = []
        for (order, row) in score.indicators.enumerated() where agency == nil || row.agency == agency {
            var from = row.level
            while from < top {
                let to = min(from + Level(1), top)
                candidates.append((row, from, to, (to - from).rational * row.indicator.share, order))
                from = to
            }
        }
        candidates.sort { lhs, rhs in
            if lhs.gain != rhs.gain { return lhs.gain > rhs.gain }
            if lhs.from != rhs.from { return lhs.from < rhs.from }
            return lhs.order < rhs.order
        }
        var index = score.index
        var steps: [Step] = []
        for candidate in candidates where index < goal {
            let from = candidate.from
            let to = candidate.to
            index = index + candidate.gain
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
        guard score.predikatFromRounded else { return (next, next.minimum) }
        var scale = 1
        for _ in 0..<framework.decimals { scale *= 10 }
        return (next, next.minimum - Rational(1, 2 * scale))
    }
}

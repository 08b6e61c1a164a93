/// What `plan` proposes for one scope: the goal it aims at, the fewest level steps to it and, where the
/// framework has a checklist, the work of each step. Decided here, so every output shows the same plan.
public struct ScopePlan {
    /// The index the plan aims at.
    public enum Goal: Sendable, Equatable {
        /// `--target`, or the manifest's target while the index is below it.
        case target(Rational)
        /// The next predikat band and its lowest index.
        case band(String, Rational)
        /// Already in the top band: nothing to aim at.
        case top
    }

    public let score: ScopeScore
    public let goal: Goal
    public let plan: Planner.Plan?
    /// The agency whose indicators alone the steps raise, when the plan is its own.
    public let agency: String?
    /// Per step (by number), the main requirements of the levels it reaches that no evidence satisfies yet.
    public let work: [Int: [String]]

    /// The plan for a scored scope: the explicit target, else the manifest's target if not yet reached, else
    /// the next band; steps limited to one agency's indicators when `agency` is given.
    public init(_ entry: ComparedScope, target: Rational?, agency: String?) {
        let score = entry.score
        self.score = score
        self.agency = agency
        if let target = target ?? score.manifest.target.flatMap({ score.index < $0 ? $0 : nil }) {
            goal = .target(target)
            plan = Planner.plan(score, goal: target, agency: agency)
        } else if let (band, threshold) = Planner.nextBandGoal(score) {
            goal = .band(band.name, threshold)
            plan = Planner.plan(score, goal: threshold, agency: agency)
        } else {
            goal = .top
            plan = nil
        }
        var work: [Int: [String]] = [:]
        if let checklist = entry.framework?.checklist, !checklist.requirements.isEmpty {
            let counted = entry.scoped.scope.scoredIndicators
            for (number, step) in (plan?.steps ?? []).enumerated() {
                work[number] = checklist.work(
                    step.indicator.id, from: step.from, to: step.to, assessed: counted[step.indicator.id]?.assessment
                ).map(\.id)
            }
        }
        self.work = work
    }
}

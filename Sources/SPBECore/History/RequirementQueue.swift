/// An agency's work per indicator against the checklist: requirements still missing evidence, to revise, rejected
/// (also through a lower level) and accepted at the latest judged stage, with the assessors' open recommendations.
public struct RequirementQueue: Sendable {
    public struct Entry: Sendable {
        public let indicator: String
        /// Main requirements up to the self-assessed level that no evidence satisfies and no stage judged yet.
        public let missing: [Requirement]
        public let revise: [Requirement]
        /// Rejected, or rejected because a lower level was.
        public let rejected: [Requirement]
        public let accepted: [Requirement]
        public let recommendations: [IndicatorAssessment.Review.Recommendation]

        public var isEmpty: Bool { missing.isEmpty && revise.isEmpty && rejected.isEmpty && recommendations.isEmpty }
    }

    public let entries: [Entry]

    /// The queue of one agency file; indicators without a checklist or open recommendations are left out.
    public init(_ assessment: AgencyAssessment, checklist: Checklist) {
        entries = assessment.indicators.compactMap { indicator in
            let requirements = checklist.of(indicator.id)
            let open = indicator.review.recommendations.filter(\.isOpen)
            guard !requirements.isEmpty || !open.isEmpty else { return nil }
            // The latest stage the assessors judged decides each verdict.
            let verdicts =
                [Stage.visit, .interview, .document].lazy.compactMap { indicator.review.verdicts[$0] }.first ?? [:]
            let standing = checklist.standing(of: indicator, verdicts: verdicts)
            return Entry(
                indicator: indicator.id, missing: standing.missing, revise: standing.revise,
                rejected: standing.rejected,
                accepted: standing.accepted,
                recommendations: open)
        }
    }
}

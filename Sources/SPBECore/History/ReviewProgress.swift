/// Where one agency stands in the current cycle: what `spbe status` shows, decided without git or the command
/// line (the caller says who changed which file since the previous cycle, and gives the lint findings).
public struct ReviewProgress: Sendable {
    public let agency: String
    public let name: String
    public let owned: Int
    /// Owned indicators the agency's file gives a level (by the one ownership rule).
    public let assessed: Int
    public let hasFile: Bool
    /// One of its maintainers changed its file since the previous cycle tag (or it owns nothing to review). A file
    /// that `init` or `cycle open` prepared is not a review.
    public let reviewed: Bool
    public let openFollowUps: Int
    public let overdueFollowUps: Int
    /// The assessors' recommendations on its indicators still open.
    public let openRecommendations: Int
    public let errors: Int
    public let warnings: Int

    /// Each agency of a scope in manifest order; `authorsSince` maps a path to the emails of those who changed it
    /// since the previous cycle, `findings` the lint findings by path; follow-ups are overdue against `today`.
    public static func of(
        _ scope: LoadedScope, authorsSince: [String: Set<String>], findings: [String: [Finding]], today: String
    ) -> [ReviewProgress] {
        guard let manifest = scope.manifest else { return [] }
        let scored = scope.scoredIndicators
        let day = today
        return manifest.agencies.map { agency in
            let path = AssessmentPath.agencyFile(of: agency.id, in: scope.id)
            let file = scope.agencyFiles.first { $0.path == path }
            let assessment = file?.assessment
            let maintainers = Set(agency.maintainers.map(\.emailKey))
            let authors = Set((authorsSince[path] ?? []).map(\.emailKey))
            let changed = file != nil && !authors.isDisjoint(with: maintainers)
            let followUps = assessment?.indicators.flatMap(\.followUps).filter(\.isOpen) ?? []
            let recommendations = assessment?.indicators.flatMap(\.review.recommendations).filter(\.isOpen) ?? []
            return ReviewProgress(
                agency: agency.id, name: agency.name, owned: agency.indicators.count,
                assessed: agency.indicators.filter { scored[$0]?.agency == agency.id }.count, hasFile: file != nil,
                reviewed: changed || agency.indicators.isEmpty, openFollowUps: followUps.count,
                // The assessors' recommendations are work with a due date too: late ones are late.
                overdueFollowUps: followUps.filter { $0.isOverdue(on: day) }.count
                    + recommendations.filter { $0.isOverdue(on: day) }.count,
                openRecommendations: recommendations.count,
                errors: findings[path]?.filter { $0.severity == .error }.count ?? 0,
                warnings: findings[path]?.filter { $0.severity == .warning }.count ?? 0)
        }
    }

    /// Agencies that need chasing first: not reviewed, then unassessed indicators, overdue follow-ups, lint errors.
    public static func chaseFirst(_ lhs: ReviewProgress, _ rhs: ReviewProgress) -> Bool {
        func weight(_ progress: ReviewProgress) -> (Int, Int, Int, Int) {
            (progress.reviewed ? 0 : 1, progress.owned - progress.assessed, progress.overdueFollowUps, progress.errors)
        }
        let (left, right) = (weight(lhs), weight(rhs))
        return left != right ? left > right : lhs.agency < rhs.agency
    }
}

/// One agency's file: its self-assessment and the external stages' levels for the indicators it owns.
public struct AgencyAssessment: Sendable {
    public let agency: String
    public let cycle: String
    /// In the order the file lists them.
    public let indicators: [IndicatorAssessment]

    public func indicator(_ id: String) -> IndicatorAssessment? { indicators.first { $0.id == id } }

    /// What scoring reads of it.
    public var levels: AgencyLevels { AgencyLevels(agency: agency, indicators: indicators.map(\.levels)) }

    /// Reads a schema-valid agency file; nil when its required parts are missing.
    public init?(_ node: JSONNode) {
        guard let agency = node["agency"]?.string, let cycle = node["cycle"]?.string,
            let members = node["indicators"]?.members
        else { return nil }
        self.agency = agency
        self.cycle = cycle
        // An indicator given twice (a duplicate key, which lint reports) is read once, its last value.
        var seen: Set<String> = []
        indicators = members.reversed().filter { seen.insert($0.key).inserted }.reversed().compactMap {
            IndicatorAssessment(id: $0.key, $0.node)
        }
    }
}

/// The evaluation stages, in the order they happen.
public enum Stage: String, CaseIterable, Sendable {
    case `self`, document, interview, visit, final
}

/// One indicator as an agency assessed it.
/// An immutable class: scores, diffs and rules pass indicators around by the thousand, and a struct copy
/// retained each of its strings and lists.
public final class IndicatorAssessment: Sendable {
    public struct Evidence: Sendable, Equatable {
        /// What an evidence item is (the schema's `kind`).
        public enum Kind: String, Sendable, CaseIterable {
            case regulation, decree, report, minutes, screenshot, url, other
        }

        public let title: String
        public let kind: Kind
        public let path: String?
        public let sha256: String?
        public let url: String?
        public let date: String?
        public let locator: String?
        /// The requirement ids (of its indicator's checklist) this item is evidence for.
        public let satisfies: [String]
    }

    public struct FollowUp: Sendable, Equatable {
        /// Where a follow-up stands (the schema's `status`); only an open one is still owed.
        public enum Status: String, Sendable, CaseIterable {
            case open, done, dropped
        }

        public let action: String
        public let due: String?
        public let status: Status
        public let targetLevel: Level?

        public var isOpen: Bool { status == .open }

        /// Open and due before `today` (ISO dates compare as text). The one place "overdue" is decided.
        public func isOverdue(on today: String?) -> Bool {
            guard isOpen, let today, let due else { return false }
            return due < today
        }
    }

    /// What the assessors recorded beside their levels: notes, verdicts per requirement and recommendations.
    public struct Review: Sendable, Equatable {
        public enum Verdict: String, Sendable, CaseIterable { case accepted, revise, rejected }

        public struct Recommendation: Sendable, Equatable {
            public let stage: Stage?
            public let action: String
            public let due: String?
            public let status: FollowUp.Status

            public var isOpen: Bool { status == .open }

            /// Open and due before `today`, as a follow-up is.
            public func isOverdue(on today: String?) -> Bool {
                guard isOpen, let today, let due else { return false }
                return due < today
            }
        }

        /// Stage → the assessors' notes (catatan).
        public let notes: [Stage: String]
        /// Stage → requirement id → verdict.
        public let verdicts: [Stage: [String: Verdict]]
        public let recommendations: [Recommendation]

        init(_ node: JSONNode?) {
            var notes: [Stage: String] = [:]
            var verdicts: [Stage: [String: Verdict]] = [:]
            for stage in [Stage.document, .interview, .visit] {
                notes[stage] = node?["notes"]?[stage.rawValue]?.string
                if let members = node?["verdicts"]?[stage.rawValue]?.members {
                    verdicts[stage] = Dictionary(
                        members.compactMap { member in member.node.string.flatMap(Verdict.init).map { (member.key, $0) }
                        },
                        uniquingKeysWith: { first, _ in first })
                }
            }
            self.notes = notes
            self.verdicts = verdicts
            recommendations = (node?["recommendations"]?.elements ?? []).map { item in
                Recommendation(
                    stage: item["stage"]?.string.flatMap(Stage.init), action: item["action"]?.string ?? "",
                    due: item["due"]?.string, status: item["status"]?.string.flatMap(FollowUp.Status.init) ?? .open)
            }
        }
    }

    /// The indicator's id and levels.
    public let levels: IndicatorLevels
    /// The assessors' notes, verdicts and recommendations (empty when they recorded none).
    public let review: Review
    public let explanation: String
    public let evidence: [Evidence]
    public let followUps: [FollowUp]

    public var id: String { levels.id }
    /// The self-assessed level (penilaian mandiri).
    public var level: Level { levels.level }
    public var document: Level? { levels.document }
    public var interview: Level? { levels.interview }
    public var visit: Level? { levels.visit }

    init?(id: String, _ node: JSONNode) {
        guard let levels = IndicatorLevels(id: id, node) else { return nil }
        self.levels = levels
        review = Review(node["assessor"])
        explanation = node["explanation"]?.string ?? ""
        evidence = (node["evidence"]?.elements ?? []).map { item in
            Evidence(
                title: item["title"]?.string ?? "", kind: item["kind"]?.string.flatMap(Evidence.Kind.init) ?? .other,
                path: item["path"]?.string,
                sha256: item["sha256"]?.string, url: item["url"]?.string, date: item["date"]?.string,
                locator: item["locator"]?.string, satisfies: (item["satisfies"]?.elements ?? []).compactMap(\.string))
        }
        followUps = (node["followUp"]?.elements ?? []).map { item in
            FollowUp(
                action: item["action"]?.string ?? "", due: item["due"]?.string,
                status: item["status"]?.string.flatMap(FollowUp.Status.init) ?? .open,
                targetLevel: item["targetLevel"]?.number.flatMap(Level.init))
        }
    }

    /// The requirements the indicator's evidence says it satisfies.
    public var coveredRequirements: Set<String> { Set(evidence.flatMap(\.satisfies)) }

    /// The level as it stood after a stage (see `IndicatorLevels.level(at:)`).
    public func level(at stage: Stage) -> Level { levels.level(at: stage) }
}

/// A scope's `instansi.json`: who the instansi is, its framework and current cycle, and which agency owns what.
/// An immutable class, decoded once per blob and shared by every score of the scope.
public final class Manifest: Sendable {
    public struct Cycle: Sendable {
        public let id: String
        public let start: String?
        public let end: String?
        /// True when the predikat is read from the rounded index (the 2023 practice), false for the exact one;
        /// nil leaves it to the framework's default.
        public let predikatFromRounded: Bool?
        /// The evaluation round's deadlines in order (`upload`, `interview`, `visit`, `results`: the manifest's
        /// `cycle.stages`), when the manifest gives them. Not to be confused with the assessment `Stage`s
        /// (self, document, interview, visit, final) whose levels an indicator records.
        public let deadlines: [(name: String, date: String)]

        /// The first deadline on or after `today`: what the work is due before.
        public func nextDeadline(after today: String) -> (name: String, date: String)? {
            deadlines.first { $0.date >= today }
        }
    }

    public struct Agency: Sendable {
        public let id: String
        public let name: String
        public let maintainers: [String]
        public let indicators: [String]
    }

    public let id: String
    public let name: String
    public let category: String
    public let framework: String
    public let cycle: Cycle
    public let target: Rational?
    public let coordinatorAgency: String
    public let coordinatorMaintainers: [String]
    /// The assessor team (Tim Asesor Internal, the external assessors' entry clerks): who may record the
    /// assessors' levels, besides the coordinators.
    public let assessorMaintainers: [String]
    /// The most characters an explanation may have in the official application's form, when the manifest says.
    public let explanationLimit: Int?
    /// Whether every commit to assessments must carry a valid signature (`signing.required`).
    public let signingRequired: Bool
    /// Email (lowercased) → its signing keys: SSH public keys, or `openpgp:<fingerprint>`.
    public let signingKeys: [String: [String]]
    /// In the order the manifest lists them.
    public let agencies: [Agency]
    /// Indicator id → position in `agencies` of its owner (the first, should the manifest list it twice);
    /// every score asks for each of the 47 indicators.
    private let owners: [String: Int]

    /// The agency that owns an indicator (the first, should the manifest list it twice).
    public func owner(of indicator: String) -> Agency? {
        owners[indicator].map { agencies[$0] }
    }

    /// The id of the agency that owns an indicator.
    public func ownerID(of indicator: String) -> String? {
        owners[indicator].map { agencies[$0].id }
    }

    public func agency(_ id: String) -> Agency? { agencies.first { $0.id == id } }

    /// Reads a schema-valid manifest; nil when a required part is missing or malformed.
    public init?(_ node: JSONNode) {
        guard let id = node["id"]?.string, let name = node["name"]?.string, let framework = node["framework"]?.string,
            let cycleID = node["cycle"]?["id"]?.string, let agencyMembers = node["agencies"]?.members
        else { return nil }
        self.id = id
        self.name = name
        self.framework = framework
        category = node["category"]?.string ?? ""
        let cycleNode = node["cycle"]
        cycle = Cycle(
            id: cycleID, start: cycleNode?["start"]?.string, end: cycleNode?["end"]?.string,
            predikatFromRounded: cycleNode?["predikatFrom"]?.string.map { $0 == "rounded" },
            deadlines: ["upload", "interview", "visit", "results"].compactMap { name in
                cycleNode?["stages"]?[name]?.string.map { (name, $0) }
            })
        target = node["target"]?.number.flatMap { Rational($0) }
        coordinatorAgency = node["coordinator"]?["agency"]?.string ?? ""
        coordinatorMaintainers = (node["coordinator"]?["maintainers"]?.elements ?? []).compactMap(\.string)
        assessorMaintainers = (node["assessors"]?["maintainers"]?.elements ?? []).compactMap(\.string)
        explanationLimit = node["form"]?["explanationLimit"]?.number?.intValue
        signingRequired = node["signing"]?["required"]?.bool ?? false
        var keys: [String: [String]] = [:]
        for member in node["signing"]?["keys"]?.members ?? [] {
            keys[member.key.emailKey, default: []] += (member.node.elements ?? []).compactMap(\.string)
        }
        signingKeys = keys
        agencies = agencyMembers.map { member in
            Agency(
                id: member.key, name: member.node["name"]?.string ?? member.key,
                maintainers: (member.node["maintainers"]?.elements ?? []).compactMap(\.string),
                indicators: (member.node["indicators"]?.elements ?? []).compactMap(\.string))
        }
        var owners: [String: Int] = [:]
        for (position, agency) in agencies.enumerated() {
            for indicator in agency.indicators where owners[indicator] == nil { owners[indicator] = position }
        }
        self.owners = owners
    }
}

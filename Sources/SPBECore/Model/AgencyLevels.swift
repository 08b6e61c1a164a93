/// What scoring reads of an agency file: whose it is and each indicator's levels. Scores and history decode only
/// this (not explanations, evidence or follow-ups), which keeps what they hold per file small.
public struct AgencyLevels: Sendable {
    public let agency: String
    /// In the order the file lists them.
    public let indicators: [IndicatorLevels]

    init(agency: String, indicators: [IndicatorLevels]) {
        self.agency = agency
        self.indicators = indicators
    }

    /// Reads a schema-valid agency file; nil when its required parts are missing.
    public init?(_ node: JSONNode) {
        guard let agency = node["agency"]?.string, let members = node["indicators"]?.members else { return nil }
        self.agency = agency
        indicators = members.compactMap { IndicatorLevels(id: $0.key, $0.node) }
    }
}

/// One indicator's self-assessed level and the levels the evaluation stages set.
public struct IndicatorLevels: Sendable {
    public let id: String
    /// The self-assessed level (penilaian mandiri).
    public let level: Level
    public let document: Level?
    public let interview: Level?
    public let visit: Level?

    init?(id: String, _ node: JSONNode) {
        guard let level = node["level"]?.number.flatMap(Level.init) else { return nil }
        self.id = id
        self.level = level
        let assessor = node["assessor"]
        document = assessor?["document"]?.number.flatMap(Level.init)
        interview = assessor?["interview"]?.number.flatMap(Level.init)
        visit = assessor?["visit"]?.number.flatMap(Level.init)
    }

    /// The level as it stood after a stage: the last level present up to that stage
    /// (`final` is the last present of visit, interview, document, else the self-assessment).
    public func level(at stage: Stage) -> Level {
        switch stage {
        case .self: level
        case .document: document ?? level
        case .interview: interview ?? document ?? level
        case .visit, .final: visit ?? interview ?? document ?? level
        }
    }
}

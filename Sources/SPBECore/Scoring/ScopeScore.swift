/// A scope's Indeks with its full breakdown, computed exactly.
public struct ScopeScore: Sendable {
    public struct IndicatorRow: Sendable {
        public let indicator: Framework.Indicator
        /// 0 when no agency assessed it.
        public let level: Level
        /// The owning agency per the manifest; nil when no agency owns it.
        public let agency: String?
        /// `level × weight / weightTotal`: this indicator's share of the index.
        public let contribution: Rational
        public var isMissing: Bool { level == .zero }
    }

    /// A group of the framework's tree with its index.
    public struct GroupScore: Sendable {
        public let group: Framework.Group
        public let index: Rational

        public var id: String { group.id }
        public var name: String { group.name }
        public var weight: Rational { group.weight }
        public var depth: Int { group.depth }
    }

    public let framework: Framework
    public let manifest: Manifest
    public let stage: Stage
    public let indicators: [IndicatorRow]
    /// Every group of the framework, depth first, as `Framework.groups`.
    public let groups: [GroupScore]
    /// The exact index.
    public let index: Rational
    /// The band, read from the exact or the rounded index as the manifest's cycle says.
    public let predikat: Framework.Band

    /// Whether the predikat is read from the rounded index: the cycle's setting, else the framework's.
    public var predikatFromRounded: Bool { manifest.cycle.predikatFromRounded ?? framework.predikatFromRounded }

    /// The index rounded half-up for display: `3.42`.
    public var display: String { index.rounded(framework.decimals) }
    /// The band the displayed index falls in when it is not the predikat: `2.50` shown with `Cukup`, because the
    /// predikat follows the exact 2.4975, below Baik's 2.50. Nil when the two agree, as they always do when the
    /// predikat is read from the rounded index.
    public var bandOfDisplay: Framework.Band? {
        let band = framework.band(for: index.roundedValue(framework.decimals))
        return band == predikat ? nil : band
    }
    /// Indicators no agency assessed (each counted as 0).
    public var missing: [String] { indicators.filter(\.isMissing).map(\.indicator.id) }
    public var isComplete: Bool { missing.isEmpty }
    /// The top-level groups: the columns of a summary (spbe-2020's domains, pemdi-2026's aspects).
    public var topGroups: [GroupScore] { groups.filter { $0.depth == 0 } }
    /// The score of a group by id.
    public func group(_ id: String) -> GroupScore? { groups.first { $0.id == id } }
}

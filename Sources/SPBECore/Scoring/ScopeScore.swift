/// A scope's Indeks with its full breakdown, computed exactly.
public struct ScopeScore: Sendable {
    public struct IndicatorRow: Sendable {
        public let indicator: Framework.Indicator
        /// 0 when no agency assessed it.
        public let level: Int
        /// The owning agency per the manifest; nil when no agency owns it.
        public let agency: String?
        /// `level × weight / weightTotal`: this indicator's share of the index.
        public let contribution: Rational
        public var isMissing: Bool { level == 0 }
    }

    public struct Part: Sendable {
        public let id: String
        public let name: String
        public let weight: Rational
        public let index: Rational
    }

    public let framework: Framework
    public let manifest: Manifest
    public let stage: Stage
    public let indicators: [IndicatorRow]
    public let aspects: [Part]
    public let domains: [Part]
    /// The exact index.
    public let index: Rational
    /// The band, read from the exact or the rounded index as the manifest's cycle says.
    public let predikat: Framework.Band

    /// The index rounded half-up for display: `3.42`.
    public var display: String { index.rounded(framework.decimals) }
    /// Indicators no agency assessed (each counted as 0).
    public var missing: [String] { indicators.filter(\.isMissing).map(\.indicator.id) }
    public var isComplete: Bool { missing.isEmpty }
}

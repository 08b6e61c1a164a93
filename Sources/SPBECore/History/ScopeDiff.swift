/// What changed in one scope between two revisions, and how it moved the index.
///
/// Contributions are computed under the newer framework and add up exactly to `dataChange`; when the framework
/// file changed too, `frameworkChange` is the rest (the old data scored under the new framework, minus as it was).
public struct ScopeDiff: Sendable {
    public struct LevelChange: Sendable {
        public let indicator: Framework.Indicator
        public let agency: String?
        public let old: Int
        public let new: Int
        /// `weight × (new − old) / weightTotal`, exact.
        public let contribution: Rational
    }

    public struct AgencyChange: Sendable {
        public let agency: String
        public var contribution = Rational.zero
        public var levelChanges = 0
        public var evidenceAdded = 0
        public var evidenceRemoved = 0
        public var evidenceChanged = 0
        public var explanationsChanged = 0
        public var followUpsOpened = 0
        public var followUpsClosed = 0
        public var fileAdded = false
        public var fileRemoved = false
    }

    public struct Move: Sendable {
        public let indicator: String
        public let from: String?
        public let to: String?
    }

    public let id: String
    public let name: String
    /// Nil when the scope did not exist (or could not be scored) at the older revision.
    public let old: ScopeScore?
    /// Nil when the scope no longer exists (or cannot be scored) at the newer revision.
    public let new: ScopeScore?
    public let levelChanges: [LevelChange]
    public let agencies: [AgencyChange]
    public let agenciesAdded: [String]
    public let agenciesRemoved: [String]
    public let moves: [Move]
    public let frameworkChanged: Bool
    /// The part of the index change caused by the assessments (equals the sum of contributions).
    public let dataChange: Rational
    /// The part caused by a changed framework file (zero when it did not change).
    public let frameworkChange: Rational

    /// The whole index change.
    public var change: Rational { (new?.index ?? .zero) - (old?.index ?? .zero) }
}

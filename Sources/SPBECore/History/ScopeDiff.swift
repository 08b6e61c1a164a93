/// What changed in one scope between two revisions, and how it moved the index.
///
/// Within one framework, contributions are computed under the newer framework file and add up exactly to
/// `dataChange`; when that file changed too, `frameworkChange` is the rest (the old data scored under the new file,
/// minus as it was). Across frameworks (`frameworkSwitch`), the two indices are on different scales: nothing is
/// subtracted or attributed, and the indicators each agency left and took up are listed instead.
public struct ScopeDiff: Sendable {
    public struct LevelChange: Sendable {
        public let indicator: Framework.Indicator
        public let agency: String?
        public let old: Level
        public let new: Level
        /// `weight × (new − old) / weightTotal`, exact.
        public let contribution: Rational
    }

    /// What one agency did: its contribution, level changes and the rest of its file's activity.
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

    /// An indicator whose owner changed in the manifest.
    public struct Move: Sendable {
        public let indicator: String
        public let from: String?
        public let to: String?
    }

    /// An indicator of one side of a framework switch, with the agency that held it and its value.
    public struct HeldIndicator: Sendable {
        public let indicator: Framework.Indicator
        public let agency: String?
        /// 0 when nobody assessed it.
        public let level: Level
    }

    /// The scope moved to another framework: the old one's indicators ended, the new one's began.
    public struct FrameworkSwitch: Sendable {
        public let from: Framework
        public let to: Framework
        public let removed: [HeldIndicator]
        public let added: [HeldIndicator]
    }

    public let id: String
    public let name: String
    /// Nil when the scope did not exist (or could not be scored) at the older revision.
    public let old: ScopeScore?
    /// Nil when the scope no longer exists (or cannot be scored) at the newer revision.
    public let new: ScopeScore?
    /// Largest contribution first; empty across a framework switch.
    public let levelChanges: [LevelChange]
    public let agencies: [AgencyChange]
    public let agenciesAdded: [String]
    public let agenciesRemoved: [String]
    public let moves: [Move]
    /// The same framework's file differs between the revisions.
    public let frameworkChanged: Bool
    /// Set when the scope uses another framework at the newer revision.
    public let frameworkSwitch: FrameworkSwitch?
    /// The part of the index change caused by the assessments (equals the sum of contributions).
    public let dataChange: Rational
    /// The part caused by a changed framework file (zero when it did not change).
    public let frameworkChange: Rational

    /// The whole index change; nil across a framework switch, where the two indices do not subtract.
    public var change: Rational? {
        frameworkSwitch == nil ? (new?.index ?? .zero) - (old?.index ?? .zero) : nil
    }
}

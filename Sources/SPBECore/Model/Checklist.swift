/// One numbered evidence requirement of an indicator's level (e.g. `L2-03`): what the assessors check.
public struct Requirement: Sendable, Equatable {
    public let id: String
    /// The whole level it belongs to (1..5).
    public let level: Int
    public let text: String
    public let textEn: String?
    /// Main requirements decide the level; supporting ones strengthen it.
    public let main: Bool
    /// The evidence kind it asks for (`report`, `screenshot`), when it asks for one.
    public let kind: IndicatorAssessment.Evidence.Kind?
    /// How old, in months before the cycle's end, its evidence may be.
    public let maxAgeMonths: Int?
    /// An external index it must cite (e.g. the Satu Data Indonesia index).
    public let cites: String?

    /// Reads a schema-valid requirement; nil when its required parts are missing.
    init?(_ node: JSONNode) {
        guard let id = node["id"]?.string, let level = node["level"]?.number?.intValue, let text = node["text"]?.string
        else { return nil }
        self.id = id
        self.level = level
        self.text = text
        textEn = node["textEn"]?.string
        main = node["main"]?.bool ?? true
        kind = node["kind"]?.string.flatMap(IndicatorAssessment.Evidence.Kind.init)
        maxAgeMonths = node["maxAgeMonths"]?.number?.intValue
        cites = node["cites"]?.string
    }
}

/// The requirements per indicator: from the framework file (only what is confirmed) and from the repository's
/// own checklist (`schemas/checklists/<framework>.json`, e.g. the coordinator's copy of the official module).
/// Optional: an indicator without requirements is judged as before.
public struct Checklist: Sendable {
    /// Indicator id → its requirements, lowest level first.
    public let requirements: [String: [Requirement]]
    /// The repository's checklist file, when one was read.
    public let path: String?
    /// Marked illustrative in the file (not the official module).
    public let illustrative: Bool

    public static let empty = Checklist(requirements: [:], path: nil, illustrative: false)

    init(requirements: [String: [Requirement]], path: String?, illustrative: Bool) {
        self.requirements = requirements.mapValues { $0.sorted { ($0.level, $0.id) < ($1.level, $1.id) } }
        self.path = path
        self.illustrative = illustrative
    }

    /// A checklist file's requirements (`{"indicators": {"P05": [...]}}`) added to `base`.
    init(file node: JSONNode, path: String, adding base: Checklist) {
        var merged = base.requirements
        for member in node["indicators"]?.members ?? [] {
            merged[member.key, default: []] += (member.node.elements ?? []).compactMap(Requirement.init)
        }
        self.init(requirements: merged, path: path, illustrative: node["illustrative"]?.bool ?? false)
    }

    public func of(_ indicator: String) -> [Requirement] { requirements[indicator] ?? [] }

    public func requirement(_ id: String, of indicator: String) -> Requirement? { of(indicator).first { $0.id == id } }

    /// The highest whole level whose main requirements, and those of every level below, are all `met`; the
    /// cumulative rule. Levels that list no main requirement add nothing and take nothing away.
    public func reachedLevel(_ indicator: String, top: Int, met: (Requirement) -> Bool) -> Int {
        var reached = 0
        for level in 1...max(top, 1) {
            let main = of(indicator).filter { $0.level == level && $0.main }
            guard main.allSatisfy(met) else { break }
            reached = level
        }
        return reached
    }

    /// The main requirements, up to `level`, that nothing `met`: what is missing for that level.
    public func missing(_ indicator: String, upTo level: Int, met: (Requirement) -> Bool) -> [Requirement] {
        of(indicator).filter { $0.main && $0.level <= level && !met($0) }
    }

    /// The level the assessors' verdicts at one stage reach (main requirements accepted, cumulatively, up to the
    /// highest level the checklist covers), and which
    /// requirements are rejected automatically because a lower level's main requirement was rejected.
    public func judged(_ indicator: String, verdicts: [String: IndicatorAssessment.Review.Verdict]) -> (
        reached: Int, cascaded: [Requirement]
    ) {
        let top = of(indicator).filter(\.main).map(\.level).max() ?? 0
        let reached = top == 0 ? 0 : reachedLevel(indicator, top: top) { verdicts[$0.id] == .accepted }
        let firstRejected = of(indicator).filter { $0.main && verdicts[$0.id] == .rejected }.map(\.level).min()
        let cascaded = firstRejected.map { level in of(indicator).filter { $0.level > level } } ?? []
        return (reached, cascaded)
    }

    /// Where an indicator's requirements stand under one stage's verdicts: accepted, to revise, rejected (also
    /// because a lower level was) and, among the main ones up to the claimed level, still without evidence or verdict.
    public struct Standing: Sendable {
        public let accepted: [Requirement]
        public let revise: [Requirement]
        public let rejected: [Requirement]
        public let missing: [Requirement]
    }

    public func standing(
        _ indicator: String, verdicts: [String: IndicatorAssessment.Review.Verdict], covered: Set<String>, claimed: Int
    ) -> Standing {
        let requirements = of(indicator)
        let cascaded = Set(judged(indicator, verdicts: verdicts).cascaded.map(\.id))
        return Standing(
            accepted: requirements.filter { verdicts[$0.id] == .accepted && !cascaded.contains($0.id) },
            revise: requirements.filter { verdicts[$0.id] == .revise && !cascaded.contains($0.id) },
            rejected: requirements.filter { verdicts[$0.id] == .rejected || cascaded.contains($0.id) },
            missing: requirements.filter {
                $0.main && $0.level <= claimed && !covered.contains($0.id) && verdicts[$0.id] == nil
            })
    }

    /// What an indicator's evidence covers under the cumulative rule, computed here for every command and rule.
    public struct Coverage: Sendable {
        /// The whole part of the self-assessed level.
        public let claimed: Int
        /// The highest whole level whose main requirements, and those below, all have evidence.
        public let reached: Int
        /// The main requirements up to the claimed level without evidence.
        public let missing: [Requirement]

        /// True when the evidence covers less than the level claimed.
        public var isShort: Bool { reached < claimed }
    }

    /// The coverage of an indicator's evidence for a level (default: the self-assessed one, else the one a
    /// stage scored); nil when the checklist lists no requirement for it.
    public func coverage(of indicator: IndicatorAssessment, level: Level? = nil) -> Coverage? {
        guard !of(indicator.id).isEmpty else { return nil }
        let covered = indicator.coveredRequirements
        let claimed = (level ?? indicator.level).wholePart
        return Coverage(
            claimed: claimed, reached: reachedLevel(indicator.id, top: claimed) { covered.contains($0.id) },
            missing: missing(indicator.id, upTo: claimed) { covered.contains($0.id) })
    }

    /// Where an indicator's requirements stand under one stage's verdicts, with its own evidence.
    public func standing(of indicator: IndicatorAssessment, verdicts: [String: IndicatorAssessment.Review.Verdict])
        -> Standing
    {
        standing(
            indicator.id, verdicts: verdicts, covered: indicator.coveredRequirements,
            claimed: indicator.level.wholePart)
    }

    /// The main requirements of the levels a step from `from` to `to` reaches that the indicator's evidence
    /// (nil: not assessed) does not satisfy yet: the work of the step.
    public func work(_ indicator: String, from: Level, to: Level, assessed: IndicatorAssessment?) -> [Requirement] {
        let covered = assessed?.coveredRequirements ?? []
        return of(indicator).filter {
            $0.main && $0.level > from.wholePart && $0.level <= to.wholePart && !covered.contains($0.id)
        }
    }
}

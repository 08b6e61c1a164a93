/// Compares one scope at two revisions, in four parts: level changes, agency activity, ownership moves and
/// what the framework accounts for.
public enum ScopeDiffer {
    /// The diff of a scope; either side may be missing (scope added or removed).
    public static func diff(old: LoadedScope?, new: LoadedScope?, stage: Stage) -> ScopeDiff {
        let oldScore = old?.score(stage: stage)
        let newScore = new?.score(stage: stage)
        let sides = Sides(
            old: old, new: new, oldIndicators: old?.scoredIndicators ?? [:],
            newIndicators: new?.scoredIndicators ?? [:], stage: stage)
        let frameworkSwitch = switchOfFramework(oldScore, newScore)
        let levelChanges = frameworkSwitch == nil ? self.levelChanges(sides, newScore ?? oldScore) : []
        let dataChange = levelChanges.reduce(Rational.zero) { $0 + $1.contribution }
        let frameworkChanged =
            frameworkSwitch == nil && old?.framework != nil && new?.framework != nil
            && old?.framework?.blob != new?.framework?.blob
        let oldAgencies = old?.manifest?.agencies.map(\.id) ?? []
        let newAgencies = new?.manifest?.agencies.map(\.id) ?? []
        return ScopeDiff(
            id: new?.id ?? old?.id ?? "", name: new?.manifest?.name ?? old?.manifest?.name ?? "",
            old: oldScore, new: newScore, levelChanges: levelChanges,
            agencies: activity(sides, levelChanges, framework: (newScore ?? oldScore)?.framework),
            agenciesAdded: newAgencies.filter { !oldAgencies.contains($0) },
            agenciesRemoved: oldAgencies.filter { !newAgencies.contains($0) },
            moves: frameworkSwitch == nil ? moves(old?.manifest, new?.manifest, (newScore ?? oldScore)?.framework) : [],
            frameworkChanged: frameworkChanged, frameworkSwitch: frameworkSwitch, dataChange: dataChange,
            frameworkChange: frameworkChanged ? fileAttribution(old, oldScore, newScore, stage) : .zero)
    }

    /// Both revisions of the scope with each indicator's counted entry (by the one ownership rule).
    private struct Sides {
        let old: LoadedScope?
        let new: LoadedScope?
        let oldIndicators: [String: CountedIndicator]
        let newIndicators: [String: CountedIndicator]
        let stage: Stage
    }

    /// Each indicator whose value changed, under the newer framework file, largest contribution first.
    private static func levelChanges(_ sides: Sides, _ score: ScopeScore?) -> [ScopeDiff.LevelChange] {
        guard let framework = score?.framework else { return [] }
        var changes: [ScopeDiff.LevelChange] = []
        for indicator in framework.indicators {
            let before = sides.oldIndicators[indicator.id]
            let after = sides.newIndicators[indicator.id]
            let oldLevel = before?.assessment.level(at: sides.stage) ?? .zero
            let newLevel = after?.assessment.level(at: sides.stage) ?? .zero
            guard oldLevel != newLevel else { continue }
            changes.append(
                ScopeDiff.LevelChange(
                    indicator: indicator, agency: after?.agency ?? before?.agency, old: oldLevel, new: newLevel,
                    contribution: (newLevel - oldLevel).rational * indicator.weight / framework.weightTotal))
        }
        return changes.sorted {
            (abs($0.contribution.numerator) * $1.contribution.denominator, $1.indicator.id) > (
                abs($1.contribution.numerator) * $0.contribution.denominator, $0.indicator.id
            )
        }
    }

    /// What each agency did: contributions and level changes, evidence, explanations, follow-ups, files.
    private static func activity(
        _ sides: Sides, _ levelChanges: [ScopeDiff.LevelChange], framework: Framework?
    ) -> [ScopeDiff.AgencyChange] {
        var agencies: [String: ScopeDiff.AgencyChange] = [:]
        func touch(_ agency: String, _ body: (inout ScopeDiff.AgencyChange) -> Void) {
            var change = agencies[agency] ?? ScopeDiff.AgencyChange(agency: agency)
            body(&change)
            agencies[agency] = change
        }
        for change in levelChanges {
            guard let agency = change.agency else { continue }
            touch(agency) {
                $0.contribution = $0.contribution + change.contribution
                $0.levelChanges += 1
            }
        }
        let unchanged = unchangedAgencies(sides.old, sides.new)
        for indicator in framework?.indicators ?? [] {
            let before = sides.oldIndicators[indicator.id]
            guard let counted = sides.newIndicators[indicator.id] else { continue }
            let agency = counted.agency
            let after = counted.assessment
            if before?.agency == agency && unchanged.contains(agency) { continue }
            let previous = before?.assessment
            let oldEvidence = previous?.evidence ?? []
            let added = after.evidence.filter { item in
                !oldEvidence.contains(item) && !oldEvidence.contains { $0.title == item.title }
            }.count
            let changed = after.evidence.filter { item in
                !oldEvidence.contains(item) && oldEvidence.contains { $0.title == item.title }
            }.count
            let removed = oldEvidence.filter { item in !after.evidence.contains { $0.title == item.title } }.count
            let explanationChanged = previous.map { $0.explanation != after.explanation } ?? false
            let opened = after.followUps.filter { $0.isOpen && !(previous?.followUps.contains($0) ?? false) }.count
            let closed = after.followUps.filter { item in
                !item.isOpen && (previous?.followUps.contains { $0.action == item.action && $0.isOpen } ?? false)
            }.count
            guard added + changed + removed + opened + closed > 0 || explanationChanged else { continue }
            touch(agency) {
                $0.evidenceAdded += added
                $0.evidenceChanged += changed
                $0.evidenceRemoved += removed
                $0.explanationsChanged += explanationChanged ? 1 : 0
                $0.followUpsOpened += opened
                $0.followUpsClosed += closed
            }
        }
        let oldFiles = Set(sides.old?.agencyFiles.map(\.path) ?? [])
        let newFiles = Set(sides.new?.agencyFiles.map(\.path) ?? [])
        for path in newFiles.subtracting(oldFiles) { touch(agencyName(path)) { $0.fileAdded = true } }
        for path in oldFiles.subtracting(newFiles) { touch(agencyName(path)) { $0.fileRemoved = true } }
        return agencies.values.sorted { ($0.contribution, $1.agency) > ($1.contribution, $0.agency) }
    }

    /// Indicators whose owner differs between the two manifests.
    private static func moves(_ old: Manifest?, _ new: Manifest?, _ framework: Framework?) -> [ScopeDiff.Move] {
        guard let old, let new, let framework else { return [] }
        return framework.indicators.compactMap { indicator in
            let from = old.ownerID(of: indicator.id)
            let to = new.ownerID(of: indicator.id)
            return from == to ? nil : ScopeDiff.Move(indicator: indicator.id, from: from, to: to)
        }
    }

    /// The part of the index change a changed framework file accounts for: the old data scored under the new
    /// file, minus the old score.
    private static func fileAttribution(
        _ old: LoadedScope?, _ oldScore: ScopeScore?, _ newScore: ScopeScore?, _ stage: Stage
    ) -> Rational {
        guard let oldScore, let framework = newScore?.framework, let manifest = old?.manifest else { return .zero }
        return Scorer.score(framework: framework, manifest: manifest, files: old?.levels ?? [], stage: stage).index
            - oldScore.index
    }

    /// The switch, when both sides are scored under frameworks with different ids.
    private static func switchOfFramework(_ old: ScopeScore?, _ new: ScopeScore?) -> ScopeDiff.FrameworkSwitch? {
        guard let old, let new, old.framework.id != new.framework.id else { return nil }
        func held(_ score: ScopeScore) -> [ScopeDiff.HeldIndicator] {
            score.indicators.map {
                ScopeDiff.HeldIndicator(indicator: $0.indicator, agency: $0.agency, level: $0.level)
            }
        }
        return ScopeDiff.FrameworkSwitch(from: old.framework, to: new.framework, removed: held(old), added: held(new))
    }

    /// Agencies whose one file is the same blob at both revisions: nothing in it changed (most files, between
    /// two cycles), so its evidence and follow-ups need no comparing.
    private static func unchangedAgencies(_ old: LoadedScope?, _ new: LoadedScope?) -> Set<String> {
        func blobs(_ scope: LoadedScope?) -> [String: ContentID] {
            var result: [String: ContentID] = [:]
            var repeated: Set<String> = []
            for file in scope?.agencyFiles ?? [] {
                guard let agency = file.assessment?.agency else { continue }
                if result.updateValue(file.entry.id, forKey: agency) != nil { repeated.insert(agency) }
            }
            for agency in repeated { result[agency] = nil }
            return result
        }
        let before = blobs(old)
        return Set(blobs(new).filter { before[$0.key] == $0.value }.keys)
    }

    private static func agencyName(_ path: String) -> String { AssessmentPath(path).agency ?? "" }
}

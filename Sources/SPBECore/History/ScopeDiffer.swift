/// Compares one scope at two revisions.
public enum ScopeDiffer {
    /// The diff of a scope; either side may be missing (scope added or removed).
    public static func diff(old: LoadedScope?, new: LoadedScope?, stage: Stage) -> ScopeDiff {
        let oldScore = old?.score(stage: stage)
        let newScore = new?.score(stage: stage)
        let oldIndicators = old?.scoredIndicators ?? [:]
        let newIndicators = new?.scoredIndicators ?? [:]
        let framework = newScore?.framework ?? oldScore?.framework
        let frameworkChanged =
            old?.framework != nil && new?.framework != nil && old?.framework?.blob != new?.framework?.blob
        var levelChanges: [ScopeDiff.LevelChange] = []
        var agencies: [String: ScopeDiff.AgencyChange] = [:]
        func touch(_ agency: String, _ body: (inout ScopeDiff.AgencyChange) -> Void) {
            var change = agencies[agency] ?? ScopeDiff.AgencyChange(agency: agency)
            body(&change)
            agencies[agency] = change
        }
        let unchanged = unchangedAgencies(old, new)
        if let framework {
            for indicator in framework.indicators {
                let before = oldIndicators[indicator.id]
                let after = newIndicators[indicator.id]
                let oldLevel = before?.assessment.level(at: stage) ?? 0
                let newLevel = after?.assessment.level(at: stage) ?? 0
                let agency = after?.agency ?? before?.agency
                if oldLevel != newLevel {
                    let contribution = Rational(newLevel - oldLevel) * indicator.weight / framework.weightTotal
                    levelChanges.append(
                        ScopeDiff.LevelChange(
                            indicator: indicator, agency: agency, old: oldLevel, new: newLevel,
                            contribution: contribution))
                    if let agency {
                        touch(agency) {
                            $0.contribution = $0.contribution + contribution; $0.levelChanges += 1
                        }
                    }
                }
                guard let agency, let after = after?.assessment else { continue }
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
                if added + changed + removed + opened + closed > 0 || explanationChanged {
                    touch(agency) {
                        $0.evidenceAdded += added
                        $0.evidenceChanged += changed
                        $0.evidenceRemoved += removed
                        $0.explanationsChanged += explanationChanged ? 1 : 0
                        $0.followUpsOpened += opened
                        $0.followUpsClosed += closed
                    }
                }
            }
        }
        let oldFiles = Set(old?.agencyFiles.map(\.path) ?? [])
        let newFiles = Set(new?.agencyFiles.map(\.path) ?? [])
        for path in newFiles.subtracting(oldFiles) { touch(agencyName(path)) { $0.fileAdded = true } }
        for path in oldFiles.subtracting(newFiles) { touch(agencyName(path)) { $0.fileRemoved = true } }
        let oldAgencies = old?.manifest?.agencies.map(\.id) ?? []
        let newAgencies = new?.manifest?.agencies.map(\.id) ?? []
        var moves: [ScopeDiff.Move] = []
        if let oldManifest = old?.manifest, let newManifest = new?.manifest, let framework {
            for indicator in framework.indicators {
                let from = oldManifest.owner(of: indicator.id)?.id
                let to = newManifest.owner(of: indicator.id)?.id
                if from != to { moves.append(ScopeDiff.Move(indicator: indicator.id, from: from, to: to)) }
            }
        }
        let dataChange = levelChanges.reduce(Rational.zero) { $0 + $1.contribution }
        var frameworkChange = Rational.zero
        if frameworkChanged, let oldScore, let newFramework = newScore?.framework, let oldManifest = old?.manifest {
            let oldDataUnderNew = Scorer.score(
                framework: newFramework, manifest: oldManifest, files: old?.levels ?? [], stage: stage)
            frameworkChange = oldDataUnderNew.index - oldScore.index
        }
        let ranked = levelChanges.sorted {
            (abs($0.contribution.numerator) * $1.contribution.denominator, $1.indicator.id) > (
                abs($1.contribution.numerator) * $0.contribution.denominator, $0.indicator.id
            )
        }
        return ScopeDiff(
            id: new?.id ?? old?.id ?? "", name: new?.manifest?.name ?? old?.manifest?.name ?? "",
            old: oldScore, new: newScore, levelChanges: ranked,
            agencies: agencies.values.sorted { ($0.contribution, $1.agency) > ($1.contribution, $0.agency) },
            agenciesAdded: newAgencies.filter { !oldAgencies.contains($0) },
            agenciesRemoved: oldAgencies.filter { !newAgencies.contains($0) },
            moves: moves, frameworkChanged: frameworkChanged, dataChange: dataChange,
            frameworkChange: frameworkChanged ? frameworkChange : .zero)
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

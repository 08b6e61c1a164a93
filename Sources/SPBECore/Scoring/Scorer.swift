/// Computes the index as the regulation does: aspect `IA = Σ(NI×BI)/BA`, domain `ID = Σ(IA×BA)/BD`,
/// index `Σ(ID×BD)/total`, all exact; rounding only for display.
public enum Scorer {
    /// Scores one scope from its agency files. Each indicator's level comes from the file of the agency that
    /// owns it in the manifest; an indicator nobody assessed counts as 0.
    public static func score(framework: Framework, manifest: Manifest, files: [AgencyLevels], stage: Stage = .final)
        -> ScopeScore
    {
        score(
            framework: framework, manifest: manifest,
            levels: levels(framework: framework, manifest: manifest, files: files, stage: stage), stage: stage)
    }

    /// The level of each of the framework's indicators, in its order: from the file of the agency that owns the
    /// indicator (the first file, should two claim one agency); 0 when nobody assessed it.
    public static func levels(framework: Framework, manifest: Manifest, files: [AgencyLevels], stage: Stage) -> [Int] {
        var levels = [Int](repeating: 0, count: framework.indicators.count)
        for (file, counts) in zip(files, Manifest.firstClaims(files.map(\.agency))) where counts {
            // Backwards, so that an indicator listed twice keeps its first level, as `AgencyAssessment.indicator(_:)` reads it.
            for indicator in file.indicators.reversed() {
                guard let position = framework.position(of: indicator.id), manifest.gives(indicator.id, to: file.agency)
                else { continue }
                levels[position] = indicator.level(at: stage)
            }
        }
        return levels
    }

    /// Scores given levels (indicator id → level; absent means 0), e.g. for planning what-ifs.
    public static func score(framework: Framework, manifest: Manifest, levels: [String: Int], stage: Stage = .final)
        -> ScopeScore
    {
        score(
            framework: framework, manifest: manifest, levels: framework.indicators.map { levels[$0.id] ?? 0 },
            stage: stage)
    }

    /// Scores the levels of the framework's indicators, in its order.
    private static func score(framework: Framework, manifest: Manifest, levels: [Int], stage: Stage) -> ScopeScore {
        let rows = zip(framework.indicators, levels).map { indicator, level in
            ScopeScore.IndicatorRow(
                indicator: indicator, level: level, agency: manifest.ownerID(of: indicator.id),
                contribution: Rational(level * indicator.share.numerator, indicator.share.denominator))
        }
        var aspects: [ScopeScore.Part] = []
        var domains: [ScopeScore.Part] = []
        var total = Rational.zero
        for domain in framework.domains {
            // IA × BA is the aspect's Σ(NI×BI) and ID × BD the domain's Σ(IA×BA): exact, so summed directly.
            var domainSum = Rational.zero
            for aspect in domain.aspects {
                let sum = aspect.weightedSum(levels)
                aspects.append(
                    ScopeScore.Part(id: aspect.id, name: aspect.name, weight: aspect.weight, index: sum / aspect.weight)
                )
                domainSum = domainSum + sum
            }
            domains.append(
                ScopeScore.Part(
                    id: domain.id, name: domain.name, weight: domain.weight, index: domainSum / domain.weight))
            total = total + domainSum
        }
        let index = total / framework.weightTotal
        let basis = manifest.cycle.predikatFromRounded ? index.roundedValue(framework.decimals) : index
        return ScopeScore(
            framework: framework, manifest: manifest, stage: stage, indicators: rows,
            aspects: aspects, domains: domains, index: index, predikat: framework.band(for: basis))
    }
}

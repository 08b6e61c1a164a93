/// Computes the index as the regulation does: aspect `IA = Σ(NI×BI)/BA`, domain `ID = Σ(IA×BA)/BD`,
/// index `Σ(ID×BD)/total`, all exact; rounding only for display.
public enum Scorer {
    /// Scores one scope from its agencies' assessments. Each indicator's level comes from the file of the
    /// agency that owns it in the manifest; an indicator nobody assessed counts as 0.
    public static func score(framework: Framework, manifest: Manifest, assessments: [AgencyAssessment], stage: Stage = .final) -> ScopeScore {
        let levels = levels(framework: framework, manifest: manifest, assessments: assessments, stage: stage)
        let rows = zip(framework.indicators, levels).map { indicator, level in
            ScopeScore.IndicatorRow(
                indicator: indicator, level: level, agency: manifest.owner(of: indicator.id)?.id,
                contribution: Rational(level) * indicator.weight / framework.weightTotal)
        }
        return score(framework: framework, manifest: manifest, rows: rows, stage: stage)
    }

    /// The level of each of the framework's indicators, in its order: from the file of the agency that owns the
    /// indicator (the first file, should two claim one agency); 0 when nobody assessed it.
    public static func levels(framework: Framework, manifest: Manifest, assessments: [AgencyAssessment], stage: Stage) -> [Int] {
        var byAgency: [String: AgencyAssessment] = [:]
        for assessment in assessments where byAgency[assessment.agency] == nil { byAgency[assessment.agency] = assessment }
        return framework.indicators.map { indicator in
            manifest.owner(of: indicator.id).flatMap { byAgency[$0.id]?.indicator(indicator.id)?.level(at: stage) } ?? 0
        }
    }

    /// Scores given levels (indicator id → level; absent means 0), e.g. for planning what-ifs.
    public static func score(framework: Framework, manifest: Manifest, levels: [String: Int], stage: Stage = .final) -> ScopeScore {
        let rows = framework.indicators.map { indicator in
            let level = levels[indicator.id] ?? 0
            return ScopeScore.IndicatorRow(
                indicator: indicator, level: level, agency: manifest.owner(of: indicator.id)?.id,
                contribution: Rational(level) * indicator.weight / framework.weightTotal)
        }
        return score(framework: framework, manifest: manifest, rows: rows, stage: stage)
    }

    private static func score(framework: Framework, manifest: Manifest, rows: [ScopeScore.IndicatorRow], stage: Stage) -> ScopeScore {
        var levels: [String: Int] = [:]
        for row in rows { levels[row.indicator.id] = row.level }
        var aspects: [ScopeScore.Part] = []
        var domains: [ScopeScore.Part] = []
        var total = Rational.zero
        for domain in framework.domains {
            var domainSum = Rational.zero
            for aspect in domain.aspects {
                let sum = aspect.indicators.reduce(Rational.zero) { $0 + Rational(levels[$1.id] ?? 0) * $1.weight }
                let aspectIndex = sum / aspect.weight
                aspects.append(ScopeScore.Part(id: aspect.id, name: aspect.name, weight: aspect.weight, index: aspectIndex))
                domainSum = domainSum + aspectIndex * aspect.weight
            }
            let domainIndex = domainSum / domain.weight
            domains.append(ScopeScore.Part(id: domain.id, name: domain.name, weight: domain.weight, index: domainIndex))
            total = total + domainIndex * domain.weight
        }
        let index = total / framework.weightTotal
        let basis = manifest.cycle.predikatFromRounded ? index.roundedValue(framework.decimals) : index
        return ScopeScore(
            framework: framework, manifest: manifest, stage: stage, indicators: rows,
            aspects: aspects, domains: domains, index: index, predikat: framework.band(for: basis))
    }
}

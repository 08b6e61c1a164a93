/// Computes the index as the regulations do: each group's index `Σ(value × weight) / group weight` (spbe-2020's
/// aspect `IA = Σ(NI×BI)/BA` and domain `ID = Σ(IA×BA)/BD`; pemdi-2026's aspect), the index
/// `Σ(value × weight) / weightTotal`, all exact; rounding only for display.
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

    /// The value of each of the framework's indicators, in its order: from the file of the agency that owns the
    /// indicator (the first file, should two claim one agency: callers pass only files named after their agency);
    /// 0 when nobody assessed it or the framework does not allow the value (lint says which).
    public static func levels(framework: Framework, manifest: Manifest, files: [AgencyLevels], stage: Stage) -> [Level]
    {
        var levels = [Level](repeating: .zero, count: framework.indicators.count)
        for (file, counts) in zip(files, Manifest.firstClaims(files.map(\.agency))) where counts {
            // Backwards, so that an indicator listed twice keeps its first level, as `AgencyAssessment.indicator(_:)` reads it.
            for indicator in file.indicators.reversed() {
                guard let position = framework.position(of: indicator.id), manifest.gives(indicator.id, to: file.agency)
                else { continue }
                let value = indicator.level(at: stage)
                levels[position] = framework.values.allows(value) ? value : .zero
            }
        }
        return levels
    }

    /// Scores given levels (indicator id → level; absent means 0), e.g. for planning what-ifs.
    public static func score(framework: Framework, manifest: Manifest, levels: [String: Level], stage: Stage = .final)
        -> ScopeScore
    {
        score(
            framework: framework, manifest: manifest, levels: framework.indicators.map { levels[$0.id] ?? .zero },
            stage: stage)
    }

    /// Scores the values of the framework's indicators, in its order.
    private static func score(framework: Framework, manifest: Manifest, levels: [Level], stage: Stage) -> ScopeScore {
        let rows = zip(framework.indicators, levels).map { indicator, level in
            ScopeScore.IndicatorRow(
                indicator: indicator, level: level, agency: manifest.ownerID(of: indicator.id),
                contribution: Rational(
                    level.hundredths * indicator.share.numerator, indicator.share.denominator * Level.scale))
        }
        // A group's IA × BA is its Σ(NI × BI), exact, so the top-level sums add up to the index directly.
        var total = Rational.zero
        let groups = framework.groups.map { group in
            let sum = group.weightedSum(levels)
            if group.depth == 0 { total = total + sum }
            return ScopeScore.GroupScore(group: group, index: sum / group.weight)
        }
        let index = total / framework.weightTotal
        let rounded = manifest.cycle.predikatFromRounded ?? framework.predikatFromRounded
        let basis = rounded ? index.roundedValue(framework.decimals) : index
        return ScopeScore(
            framework: framework, manifest: manifest, stage: stage, indicators: rows, groups: groups, index: index,
            predikat: framework.band(for: basis))
    }
}

import Testing

@testable import SPBECore

/// The regulation's worked examples and published results, computed from indicator levels with the built-in framework.
struct ScoringTests {
    static let framework = BuiltIn.framework("spbe-2020")!

    static func manifest(predikatFrom: String = "exact") -> Manifest {
        let ids = framework.indicators.map { "\"\($0.id)\"" }.joined(separator: ",")
        let text = """
            {"id":"x","name":"X","category":"kota","framework":"spbe-2020","cycle":{"id":"2024","predikatFrom":"\(predikatFrom)"},
             "coordinator":{"agency":"a","maintainers":[]},"agencies":{"a":{"name":"A","maintainers":[],"indicators":[\(ids)]}}}
            """
        return Manifest(try! JSONParser().parse(Array(text.utf8)).root)!
    }

    /// Levels per indicator I01...I47, given in framework order.
    static func levels(_ values: [Int]) -> [String: Level] {
        Dictionary(uniqueKeysWithValues: zip(framework.indicators.map(\.id), values.map { Level($0) }))
    }

    /// D1 I01-I10, D2 I11-I20, D3 I21-I31, A7 I32-I41, A8 I42-I47: levels spread to reach the given sums.
    static func spread(d1: Int, d2: Int, d3: Int, a7: Int, a8: Int) -> [String: Level] {
        func fill(_ sum: Int, _ count: Int) -> [Int] {
            (0..<count).map { index in sum / count + (index < sum % count ? 1 : 0) }
        }
        return levels(fill(d1, 10) + fill(d2, 10) + fill(d3, 11) + fill(a7, 10) + fill(a8, 6))
    }

    static func score(_ levels: [String: Level], predikatFrom: String = "exact") -> ScopeScore {
        Scorer.score(framework: framework, manifest: manifest(predikatFrom: predikatFrom), levels: levels)
    }

    @Test func frameworkHasTheRegulationsShape() {
        #expect(Self.framework.groupLevels.map(\.id) == ["domain", "aspect"])
        #expect(Self.framework.groups.filter { $0.depth == 1 }.count == 8)
        #expect(Self.framework.values.max == 5 && Self.framework.values.decimals == 0)
        #expect(Self.framework.applies(toCycle: "2025") && !Self.framework.applies(toCycle: "2026"))
        #expect(Self.framework.indicators.count == 47)
        #expect(
            Self.framework.topGroups.map(\.weight) == [Rational(13), Rational(25), Rational(33, 2), Rational(91, 2)])
        #expect(Self.framework.indicators.reduce(Rational.zero) { $0 + $1.weight } == Rational(100))
        #expect(Self.framework.indicator("I42")?.weight == Rational(3))
        #expect(Self.framework.indicator("I32")?.weight == Rational(11, 4))
    }

    @Test func roundingKeepsLeadingZerosOfTheFraction() {
        #expect(Rational(1, 20).rounded(2) == "0.05")
        #expect(Rational(1, 1000).rounded(3) == "0.001")
        #expect(Rational(-1, 200).rounded(2) == "-0.01")
        #expect(Rational(-1, 201).rounded(2) == "0.00")
        #expect(Rational(3999, 1000).rounded(2) == "4.00")
        #expect(Rational(7, 2).rounded(0) == "4")
    }

    @Test func regulationWorkedExamples() {
        var values = Self.spread(d1: 10, d2: 10, d3: 11, a7: 10, a8: 6)
        let changed: [String: Level] = [
            "I11": 3, "I12": 4, "I13": 3, "I14": 2, "I15": 4, "I16": 4, "I17": 4, "I18": 4, "I19": 3, "I20": 3,
        ]
        for (id, level) in changed { values[id] = level }
        let score = Self.score(values)
        #expect(score.group("A2")?.index == Rational(3))
        #expect(score.topGroups[1].index == Rational(17, 5))
        #expect(score.topGroups[1].index.rounded(2) == "3.40")
        let domains = [Rational(37, 10), Rational(34, 10), Rational(3), Rational(32, 10)]
        let index =
            zip(domains, Self.framework.topGroups).reduce(Rational.zero) { $0 + $1.0 * $1.1.weight }
            / Self.framework.weightTotal
        #expect(index == Rational(3282, 1000))
        #expect(index.rounded(2) == "3.28")
    }

    @Test func kotaPekanbaru2023RoundsTheHalfUp() {
        let score = Self.score(Self.spread(d1: 50, d2: 30, d3: 19, a7: 40, a8: 21))
        #expect(score.topGroups.map { $0.index.rounded(2) } == ["5.00", "3.00", "1.73", "3.80"])
        #expect(score.index == Rational(683, 200))
        #expect(score.display == "3.42")
        #expect(score.predikat.name == "Baik")
        #expect(score.isComplete)
    }

    @Test func kabPacitan2024PredikatFromTheExactIndex() {
        let levels = Self.spread(d1: 47, d2: 30, d3: 23, a7: 39, a8: 24)
        let exact = Self.score(levels)
        #expect(exact.topGroups.map { $0.index.rounded(2) } == ["4.70", "3.00", "2.09", "3.94"])
        #expect(exact.index == Rational(34985, 10000))
        #expect(exact.display == "3.50")
        #expect(exact.predikat.name == "Baik")
        #expect(Self.score(levels, predikatFrom: "rounded").predikat.name == "Sangat Baik")
    }

    @Test func kabBovenDigoel2023PredikatFromTheRoundedIndex() {
        let levels = Self.spread(d1: 19, d2: 16, d3: 11, a7: 25, a8: 10)
        let rounded = Self.score(levels, predikatFrom: "rounded")
        #expect(rounded.topGroups.map { $0.index.rounded(2) } == ["1.90", "1.60", "1.00", "2.17"])
        #expect(rounded.index == Rational(17995, 10000))
        #expect(rounded.display == "1.80")
        #expect(rounded.predikat.name == "Cukup")
        #expect(Self.score(levels).predikat.name == "Kurang")
    }

    @Test func kabBanyuwangi2024IsNotAFloat() {
        let score = Self.score(Self.spread(d1: 50, d2: 46, d3: 46, a7: 50, a8: 30))
        #expect(score.topGroups.map { $0.index.rounded(2) } == ["5.00", "4.60", "4.18", "5.00"])
        #expect(score.index == Rational(4765, 1000))
        #expect(score.display == "4.77")
        #expect(score.predikat.name == "Memuaskan")
    }

    @Test func missingIndicatorsCountAsZero() {
        var levels = Self.spread(d1: 50, d2: 50, d3: 55, a7: 50, a8: 30)
        levels["I47"] = nil
        let score = Self.score(levels)
        #expect(!score.isComplete)
        #expect(score.missing == ["I47"])
        #expect(score.index == Rational(5) - Rational(15, 100))
    }

    @Test func roundingIsHalfUpOnExactValues() {
        #expect(Rational(2675, 1000).rounded(2) == "2.68")
        #expect(Rational(2674999, 1000000).rounded(2) == "2.67")
        #expect(Rational(19, 11).rounded(2) == "1.73")
        #expect(Rational(1).rounded(2) == "1.00")
        #expect(Rational(-2675, 1000).rounded(2) == "-2.68")
        #expect(Rational(17995, 10000).roundedValue(2) == Rational(18, 10))
    }

    @Test func stagesPickTheLastLevelPresent() throws {
        let text = """
            {"agency":"a","cycle":"2024","indicators":{"I01":{"level":4,"assessor":{"document":3,"interview":2},"explanation":"x"},"I02":{"level":3,"explanation":"x"}}}
            """
        let file = try #require(AgencyAssessment(try JSONParser().parse(Array(text.utf8)).root))
        let first = try #require(file.indicator("I01"))
        #expect(Stage.allCases.map { first.level(at: $0) } == [4, 3, 2, 2, 2])
        #expect(file.indicator("I02")?.level(at: .final) == 3)
        let score = Scorer.score(
            framework: Self.framework, manifest: Self.manifest(), files: [file.levels], stage: .self)
        #expect(score.indicators[0].level == 4)
        #expect(score.missing.count == 45)
        // Decoding the levels alone gives the same levels.
        let levels = try #require(AgencyLevels(try JSONParser().parse(Array(text.utf8)).root))
        #expect(
            levels.indicators.map { indicator in Stage.allCases.map { indicator.level(at: $0) } } == [
                [4, 3, 2, 2, 2], [3, 3, 3, 3, 3],
            ])
        #expect(
            Scorer.score(framework: Self.framework, manifest: Self.manifest(), files: [levels]).index
                == Scorer.score(framework: Self.framework, manifest: Self.manifest(), files: [file.levels]).index)
        // An indicator listed twice (a file with a duplicated key, which lint rejects) counts with its first level.
        let twice = #"{"agency":"a","cycle":"2024","indicators":{"I01":{"level":4},"I01":{"level":1}}}"#
        let repeated = try #require(AgencyLevels(try JSONParser().parse(Array(twice.utf8)).root))
        #expect(
            Scorer.levels(framework: Self.framework, manifest: Self.manifest(), files: [repeated], stage: .self).first
                == 4)
    }
}

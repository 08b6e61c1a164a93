import Testing

@testable import SPBECore

/// PermenPANRB 8/2026's worked examples, band boundaries and decimal values, with the built-in pemdi-2026 file.
struct PemdiScoringTests {
    static let framework = BuiltIn.framework("pemdi-2026")!

    static func manifest(predikatFrom: String? = nil) -> Manifest {
        let ids = framework.indicators.map { "\"\($0.id)\"" }.joined(separator: ",")
        let basis = predikatFrom.map { ",\"predikatFrom\":\"\($0)\"" } ?? ""
        let text = """
            {"id":"x","name":"X","category":"kota","framework":"pemdi-2026","cycle":{"id":"2026"\(basis)},
             "coordinator":{"agency":"a","maintainers":[]},"agencies":{"a":{"name":"A","maintainers":[],"indicators":[\(ids)]}}}
            """
        return Manifest(try! JSONParser().parse(Array(text.utf8)).root)!
    }

    /// Values of indicators 1..20 in framework order, written as JSON numbers (`"1.25"`).
    static func score(_ values: [String], predikatFrom: String? = nil) -> ScopeScore {
        let levels = values.map { Level(JSONNumber(validatedLiteral: $0))! }
        return Scorer.score(
            framework: framework, manifest: manifest(predikatFrom: predikatFrom),
            levels: Dictionary(uniqueKeysWithValues: zip(framework.indicators.map(\.id), levels)))
    }

    /// Every indicator at one value: the index is that value.
    static func flat(_ value: String) -> ScopeScore { score(Array(repeating: value, count: 20)) }

    @Test func frameworkHasTheRegulationsShape() throws {
        let framework = Self.framework
        #expect(framework.indicators.count == 20)
        #expect(framework.groupLevels.map(\.id) == ["aspect"])
        #expect(framework.topGroups.count == 7 && framework.groups.count == 7)
        #expect(framework.topGroups.map(\.weight) == [10, 10, 15, 15, 10, 15, 25].map { Rational($0) })
        #expect(framework.indicators.reduce(Rational.zero) { $0 + $1.weight } == Rational(100))
        #expect(framework.values.decimals == 2 && framework.values.min == 1 && framework.values.max == 5)
        #expect(framework.applies(toCycle: "2026") && framework.applies(toCycle: "2028"))
        #expect(!framework.applies(toCycle: "2025"))
        #expect(framework.bands.map(\.label) == ["Unggul", "Melembaga", "Berkembang", "Membangun", "Merintis"])
        #expect(framework.provenance?.isEmpty == false)
        let spbe = try #require(BuiltIn.framework("spbe-2020"))
        #expect(Set(spbe.indicators.map(\.id)).isDisjoint(with: framework.indicators.map(\.id)))
    }

    @Test func workedExamples() {
        let all3 = Self.flat("3")
        #expect(all3.index == Rational(3) && all3.display == "3.00" && all3.predikat.name == "Baik")
        #expect(all3.predikat.label == "Berkembang")

        let second = Self.score([
            "2", "1.5", "1.25", "1.75", "3", "1", "2.5", "1", "2", "2", "1.5", "1.25", "3.5", "2", "1", "1.5", "2.25",
            "1", "2", "1.5",
        ])
        #expect(
            second.groups.map(\.index) == [
                Rational(7, 4), Rational(3, 2), Rational(59, 30), Rational(17, 10), Rational(11, 4), Rational(22, 15),
                Rational(17, 10),
            ])
        #expect(second.index == Rational(359, 200))
        #expect(second.display == "1.80", "1.795 rounds half up; binary floating point would print 1.79")
        #expect(second.predikat.name == "Cukup" && second.predikat.label == "Membangun")

        let third = Self.score([
            "4", "4", "3.5", "4", "3", "3", "3", "3", "3.5", "3.5", "3", "3.5", "4", "4", "3.5", "3.5", "4", "3", "4",
            "4",
        ])
        #expect(
            third.groups.map(\.index) == [
                Rational(4), Rational(15, 4), Rational(3), Rational(17, 5), Rational(4), Rational(53, 15), Rational(4),
            ])
        #expect(third.index == Rational(733, 200) && third.display == "3.67" && third.predikat.name == "Sangat Baik")
    }

    @Test func everyBandBoundaryAndOneHundredthBelow() {
        let expected: [(String, String, String)] = [
            ("4", "Memuaskan", "Sangat Baik"), ("3.5", "Sangat Baik", "Baik"), ("2.5", "Baik", "Cukup"),
            ("1.5", "Cukup", "Kurang"),
        ]
        for (boundary, at, below) in expected {
            let value = Level(JSONNumber(validatedLiteral: boundary))!
            #expect(Self.flat(boundary).predikat.name == at, "\(boundary)")
            #expect(Self.flat((value - Level(hundredths: 1)).description).predikat.name == below, "\(boundary) - 0.01")
        }
        #expect(Self.flat("5").predikat.name == "Memuaskan" && Self.flat("1").predikat.name == "Kurang")
    }

    @Test func predikatFromTheExactIndexByDefaultAndTheRoundedOneWhenTheCycleSays() {
        // 19 indicators at 4 and one of weight 3 at 3.84: index 4 - 0.16 × 3 / 100 = 3.9952, shown 4.00.
        var values = Array(repeating: "4", count: 20)
        let light = Self.framework.indicators.firstIndex { $0.weight == Rational(3) }!
        values[light] = "3.84"
        #expect(Self.score(values).index == Rational(9988, 2500))
        #expect(Self.score(values).display == "4.00" && Self.score(values).predikat.name == "Sangat Baik")
        #expect(Self.score(values, predikatFrom: "rounded").predikat.name == "Memuaskan")
        #expect(Self.score(values).bandOfDisplay?.name == "Memuaskan", "4.00 reads as Memuaskan: said beside it")
        #expect(Self.score(values, predikatFrom: "rounded").bandOfDisplay == nil)
        #expect(Self.flat("3.99").bandOfDisplay == nil && Self.flat("4").bandOfDisplay == nil)
    }

    @Test func valuesTheFrameworkDoesNotAllowCountAsNotAssessed() {
        let values = Self.framework.values
        #expect(values.allows(Level(hundredths: 126)) && values.allows(Level(hundredths: 250)))
        #expect(!values.allows(Level(hundredths: 550)) && !values.allows(Level(hundredths: 99)))
        #expect(Level(JSONNumber(validatedLiteral: "1.255")) == nil, "three decimals are not a value")
        #expect(Level(JSONNumber(validatedLiteral: "2.50"))?.description == "2.5")
        #expect(Level(JSONNumber(validatedLiteral: "1.26"))?.description == "1.26")
        #expect(Level(JSONNumber(validatedLiteral: "1.05"))?.description == "1.05")
        #expect(Level(JSONNumber(validatedLiteral: "4"))?.description == "4")
        let text = """
            {"agency":"a","cycle":"2026","indicators":{"P01":{"level":5.5,"explanation":"x"},"P02":{"level":2.25,"explanation":"x"}}}
            """
        let file = AgencyLevels(try! JSONParser().parse(Array(text.utf8)).root)!
        let score = Scorer.score(framework: Self.framework, manifest: Self.manifest(), files: [file])
        #expect(score.missing.first == "P01" && score.indicators[1].level == Level(hundredths: 225))
    }

    @Test func theOlderFrameworkFormReadsAsTheSameTree() throws {
        let current = try #require(BuiltIn.framework("spbe-2020"))
        var domains: [String] = []
        for group in current.topGroups {
            let aspects = current.groups.filter { $0.parentID == group.id }.map { aspect in
                let indicators = current.indicators[aspect.positions].map {
                    "{\"id\": \"\($0.id)\", \"name\": \"n\", \"weight\": \($0.weight.exactDecimal!)}"
                }
                return
                    "{\"id\": \"\(aspect.id)\", \"name\": \"n\", \"weight\": \(aspect.weight.exactDecimal!), \"indicators\": [\(indicators.joined(separator: ","))]}"
            }
            let kind = current.indicators[group.positions.lowerBound].kind!
            domains.append(
                "{\"id\": \"\(group.id)\", \"name\": \"n\", \"weight\": \(group.weight.exactDecimal!), \"scale\": \"\(kind)\", \"aspects\": [\(aspects.joined(separator: ","))]}"
            )
        }
        let legacy = """
            {"id": "spbe-2020", "name": "n", "cycles": ["2021", "2025"], "weightTotal": 100, "levels": {"min": 1, "max": 5},
             "scales": {}, "domains": [\(domains.joined(separator: ","))],
             "bands": [{"name": "Baik", "min": 2.6}, {"name": "Kurang", "min": 0}], "rounding": {"decimals": 2, "mode": "half-up"}}
            """
        let old = try Framework(try JSONParser().parse(Array(legacy.utf8)).root)
        #expect(old.groupLevels.map(\.id) == ["domain", "aspect"])
        #expect(old.groups.map(\.id) == current.groups.map(\.id))
        #expect(old.groups.map(\.weight) == current.groups.map(\.weight))
        #expect(old.indicators.map(\.kind) == current.indicators.map(\.kind))
        #expect(old.appliesUntil == "2025" && old.values.decimals == 0)
    }
}

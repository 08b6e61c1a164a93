import Testing

@testable import SPBECore

/// The decisions across scopes (ranking, means, predikat counts, what cannot be scored) and a scope's plan goal,
/// on the rule examples' mini framework.
struct ScopeComparisonTests {
    /// Scopes `desa` (the baseline: 1.70), `desa-b` (every level 3: 3.00) and `rusak` (an unknown framework).
    static func comparison() throws -> ScopeComparison {
        var files = ExampleRepository.baseline
        for (path, content) in ExampleRepository.baseline where path.hasPrefix("assessments/desa/") {
            let copy = content.replacingOccurrences(of: "\"id\": \"desa\"", with: "\"id\": \"desa-b\"")
                .replacingOccurrences(of: "\"level\": 1,", with: "\"level\": 3,")
                .replacingOccurrences(of: "\"level\": 2,", with: "\"level\": 3,")
            files[path.replacingOccurrences(of: "/desa/", with: "/desa-b/")] = copy
        }
        files["assessments/rusak/instansi.json"] = ExampleRepository.manifest(framework: "nope").replacingOccurrences(
            of: "\"id\": \"desa\"", with: "\"id\": \"rusak\"")
        let revision = try AssessmentLoader(tree: MemoryTree(files), cache: BlobCache()).load()
        return ScopeComparison(revision.scored(stage: .final, threads: 1))
    }

    @Test func rankedAveragedAndCountedPerFramework() throws {
        let comparison = try Self.comparison()
        #expect(comparison.ranked.map(\.score.manifest.id) == ["desa-b", "desa"])
        #expect(comparison.groups.count == 1)
        let group = try #require(comparison.groups.first)
        #expect(group.meanIndex == (comparison.scored[0].score.index + comparison.scored[1].score.index) / Rational(2))
        #expect(group.predikatCounts.map(\.band) == ["Baik", "Kurang"])
        #expect(group.predikatCounts.map(\.count) == [1, 1])
    }

    @Test func aScopeThatCannotBeScoredIsSetApartWithItsReason() throws {
        let comparison = try Self.comparison()
        #expect(comparison.unscorable.map(\.scope.id) == ["rusak"])
        #expect(comparison.unscorable[0].problem?.en.contains("nope") == true)
        #expect(!comparison.scored.contains { $0.scoped.scope.id == "rusak" })
    }

    @Test func thePlanAimsAtTheTargetElseTheNextBand() throws {
        let comparison = try Self.comparison()
        let desa = try #require(comparison.scored.first { $0.scoped.scope.id == "desa" })
        let band = ScopePlan(desa, target: nil, agency: nil)
        #expect(band.goal == .band("Baik", Rational(3)))
        #expect(band.plan?.reachable == true)
        let target = ScopePlan(desa, target: Rational(2), agency: nil)
        #expect(target.goal == .target(Rational(2)))
        let top = try #require(comparison.scored.first { $0.scoped.scope.id == "desa-b" })
        #expect(ScopePlan(top, target: nil, agency: nil).goal == .top)
        let own = ScopePlan(desa, target: Rational(5), agency: "pelayanan")
        #expect(own.plan?.steps.allSatisfy { $0.indicator.id == "Q3" } == true, "only the agency's indicators")
    }
}

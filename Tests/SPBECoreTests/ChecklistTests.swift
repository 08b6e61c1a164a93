import Testing

@testable import SPBECore

/// The cumulative rule on a checklist: evidence coverage, verdicts per stage and the automatic rejection cascade.
struct ChecklistTests {
    static let checklist: Checklist = {
        let text = """
            {"framework": "mini", "indicators": {"Q2": [
              {"id": "L1-01", "level": 1, "text": "a"}, {"id": "L2-01", "level": 2, "text": "b"},
              {"id": "L2-02", "level": 2, "text": "c", "main": false}, {"id": "L3-01", "level": 3, "text": "d"}]}}
            """
        return Checklist(file: try! JSONParser().parse(Array(text.utf8)).root, path: "x", adding: .empty)
    }()

    @Test func aLevelCountsOnlyWithEveryLowerLevel() {
        let checklist = Self.checklist
        #expect(checklist.reachedLevel("Q2", top: 3) { ["L1-01", "L2-01", "L3-01"].contains($0.id) } == 3)
        #expect(checklist.reachedLevel("Q2", top: 3) { ["L1-01", "L3-01"].contains($0.id) } == 1, "a gap stops it")
        #expect(checklist.reachedLevel("Q2", top: 3) { ["L2-01", "L3-01"].contains($0.id) } == 0)
        #expect(
            checklist.reachedLevel("Q2", top: 2) { ["L1-01", "L2-01"].contains($0.id) } == 2,
            "supporting ones don't decide")
        #expect(checklist.missing("Q2", upTo: 3) { $0.id == "L1-01" }.map(\.id) == ["L2-01", "L3-01"])
        #expect(checklist.reachedLevel("Q9", top: 4) { _ in false } == 4, "no requirements: nothing to hold it back")
    }

    @Test func verdictsReachALevelAndRejectionCascades() {
        let checklist = Self.checklist
        let accepted = checklist.judged("Q2", verdicts: ["L1-01": .accepted, "L2-01": .accepted, "L3-01": .revise])
        #expect(accepted.reached == 2 && accepted.cascaded.isEmpty)
        let rejected = checklist.judged("Q2", verdicts: ["L1-01": .accepted, "L2-01": .rejected, "L3-01": .accepted])
        #expect(rejected.reached == 1)
        #expect(rejected.cascaded.map(\.id) == ["L3-01"], "a higher level is rejected with a lower one")
    }

    /// An indicator of `Q2` at `level` whose evidence satisfies `satisfies`.
    static func indicator(level: Int, satisfies: [String]) throws -> IndicatorAssessment {
        let list = satisfies.map { "\"\($0)\"" }.joined(separator: ", ")
        let text = """
            {"level": \(level), "explanation": "x", "evidence": [{"title": "t", "kind": "decree", "url": "https://a.go.id", "satisfies": [\(list)]}]}
            """
        return try #require(IndicatorAssessment(id: "Q2", try JSONParser().parse(Array(text.utf8)).root))
    }

    /// The one computation of what evidence covers, used by the rule, score, plan, the queue and the report.
    @Test func coverageAndStepWork() throws {
        let checklist = Self.checklist
        let short = try #require(checklist.coverage(of: try Self.indicator(level: 3, satisfies: ["L1-01", "L3-01"])))
        #expect(short.isShort && short.claimed == 3 && short.reached == 1 && short.missing.map(\.id) == ["L2-01"])
        let enough = try #require(checklist.coverage(of: try Self.indicator(level: 2, satisfies: ["L1-01", "L2-01"])))
        #expect(!enough.isShort && enough.missing.isEmpty)
        let atStage = try #require(
            checklist.coverage(of: try Self.indicator(level: 3, satisfies: ["L1-01"]), level: Level(1)))
        #expect(!atStage.isShort, "a lower level scored at a stage is covered")
        let assessed = try Self.indicator(level: 1, satisfies: ["L1-01", "L3-01"])
        #expect(checklist.work("Q2", from: Level(1), to: Level(3), assessed: assessed).map(\.id) == ["L2-01"])
        #expect(checklist.work("Q2", from: Level(0), to: Level(2), assessed: nil).map(\.id) == ["L1-01", "L2-01"])
    }
}

import Foundation
import TestSupport
import Testing

@testable import SPBECore

/// Scoring and the per-indicator views (diff, blame, status) count the same entries.
struct OwnershipRuleTests {
    static func tree(_ extra: [String: String]) throws -> MemoryTree {
        var files: [String: String] = [:]
        let root = Paths.fixtures.appendingPathComponent("mini")
        for relative in FileManager.default.enumerator(atPath: root.path)?.compactMap({ $0 as? String }) ?? []
        where relative.hasSuffix(".json") {
            files[relative] = try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
        }
        files.merge(extra) { _, new in new }
        return MemoryTree(files)
    }

    @Test func aSecondFileClaimingAnAgencyCountsForNothing() throws {
        // pelayanan.json (read first) lacks Q3; pelayanan2.json claims the same agency and has it.
        let tree = try Self.tree([
            "assessments/desa-uji/pelayanan.json": #"{"agency": "pelayanan", "cycle": "2026", "indicators": {}}"#,
            "assessments/desa-uji/pelayanan2.json":
                #"{"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 5, "explanation": "x"}}}"#,
        ])
        let revision = try AssessmentLoader(tree: tree, cache: BlobCache(detail: .assessments)).load()
        let scope = try #require(revision.scopes.first)
        let score = try #require(scope.score(stage: .final))
        #expect(score.missing == ["Q3"])
        #expect(scope.scoredIndicators["Q3"] == nil)
        #expect(scope.scoredIndicators["Q1"]?.agency == "sekretariat")
        #expect(Manifest.firstClaims(["a", "b", "a", "c", "b"]) == [true, true, false, true, false])
    }
}

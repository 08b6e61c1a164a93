import Testing

@testable import SPBECore

/// `spbe status`'s decisions, without git: reviewed, assessed, open and overdue follow-ups, and who comes first.
struct ReviewProgressTests {
    /// Each agency's own maintainer changed its file since the previous cycle, unless `authors` says otherwise.
    static let reviewedByOwners: [String: Set<String>] = [
        "assessments/desa/sekretariat.json": ["sek@desa.go.id"], "assessments/desa/pelayanan.json": ["PEL@desa.go.id"],
    ]

    static func progress(
        _ changes: [String: String?], authors: [String: Set<String>] = reviewedByOwners, today: String = "2026-12-31"
    ) throws -> [ReviewProgress] {
        let tree = MemoryTree(ExampleRepository.files(changes).compactMapValues { $0 })
        let revision = try AssessmentLoader(tree: tree, cache: BlobCache()).load()
        let findings = Dictionary(grouping: Linter.run(LintContext(revision: revision, tree: tree)), by: \.path)
        return ReviewProgress.of(revision.scopes[0], authorsSince: authors, findings: findings, today: today)
    }

    @Test func reviewedAssessedAndFollowUps() throws {
        let baseline = try Self.progress([:])
        #expect(baseline.map(\.agency) == ["sekretariat", "pelayanan"])
        #expect(baseline.allSatisfy { $0.reviewed && $0.hasFile && $0.assessed == $0.owned })
        #expect(baseline[1].openFollowUps == 1 && baseline[1].overdueFollowUps == 0)
        #expect(try Self.progress([:], today: "2027-04-01")[1].overdueFollowUps == 1, "due 2027-03-31")

        let stale = ExampleRepository.baseline["assessments/desa/pelayanan.json"]!
            .replacingOccurrences("\"cycle\": \"2026\"", "\"cycle\": \"2025\"")
        let notReviewed = try Self.progress(["assessments/desa/pelayanan.json": stale], authors: [:])
        #expect(!notReviewed[1].reviewed && notReviewed[1].warnings == 1, "an old cycle and nobody changed it")
        #expect(notReviewed.sorted(by: ReviewProgress.chaseFirst).first?.agency == "pelayanan")
        let prepared = try Self.progress([:], authors: [:])
        #expect(prepared.allSatisfy { !$0.reviewed }, "a file init or cycle open prepared is not a review")
        let changedByOther = try Self.progress(
            [:], authors: ["assessments/desa/pelayanan.json": ["sek@desa.go.id", "koordinator@desa.go.id"]])
        #expect(!changedByOther[1].reviewed, "only its own maintainers' changes count as its review")

        let missing = try Self.progress(["assessments/desa/pelayanan.json": nil])
        #expect(!missing[1].hasFile && missing[1].assessed == 0 && !missing[1].reviewed)
    }

    @Test func openRecommendationsAreCounted() throws {
        let text = ExampleRepository.baseline["assessments/desa/pelayanan.json"]!.replacingOccurrences(
            "\"level\": 2,",
            "\"level\": 2, \"assessor\": {\"document\": 2, \"notes\": {\"document\": \"Perlu bukti\"}, \"recommendations\": [{\"stage\": \"document\", \"action\": \"Unggah SK\", \"status\": \"open\"}, {\"action\": \"Lama\", \"status\": \"done\"}]},"
        )
        let progress = try Self.progress(["assessments/desa/pelayanan.json": text])
        #expect(progress[1].openRecommendations == 1 && progress[0].openRecommendations == 0)
        // A recommendation due 2026-12-15 is overdue on 2026-12-20.
        let due = text.replacingOccurrences(
            "\"action\": \"Unggah SK\",", "\"action\": \"Unggah SK\", \"due\": \"2026-12-15\",")
        let before = try Self.progress(["assessments/desa/pelayanan.json": due], today: "2026-12-10")
        let after = try Self.progress(["assessments/desa/pelayanan.json": due], today: "2026-12-20")
        #expect(
            before[1].overdueFollowUps == after[1].overdueFollowUps - 1, "the recommendation is late after its due date"
        )
    }
}

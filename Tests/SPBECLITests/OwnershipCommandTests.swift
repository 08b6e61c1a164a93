import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// Who may set what, through `lint --base` on the example: the assessors' levels and evidence files.
struct OwnershipCommandTests {
    static let bappeda = "assessments/kota-contoh/bappeda.json"
    static let bappedaAdmin = GitFixture.Author("Admin SPBE Bappeda", "spbe.bappeda@kotacontoh.go.id")
    static let coordinator = GitFixture.Author("Tim Koordinasi SPBE", "tim.spbe@kotacontoh.go.id")

    static func example() throws -> (String, GitFixture) {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        return (folder, GitFixture(existing: folder))
    }

    @Test func anAgencyCannotSetItsOwnAssessorsLevels() throws {
        let (folder, fixture) = try Self.example()
        let text = try String(contentsOfFile: folder + "/" + Self.bappeda, encoding: .utf8)
        let raised = text.replacingOccurrences(
            of: "\"level\": 2.26,",
            with: "\"level\": 2.26,\n      \"assessor\": {\"document\": 5, \"interview\": 5, \"visit\": 5},")
        #expect(raised != text)
        try fixture.commit("Tingkat asesor", author: Self.bappedaAdmin, files: [Self.bappeda: raised])
        let lint = CLI.run(["lint", "--base", "HEAD~1"], in: folder)
        #expect(lint.status == .findings)
        #expect(
            lint.stdout.contains(
                "changes 'assessments/kota-contoh/bappeda.json', which only the coordinators (its 'assessor' levels; the manifest names no assessors) may change"
            ), "\(lint.stdout)")
        // The coordinator may record them, and the agency may still change its own levels.
        try fixture.git(["reset", "-q", "--hard", "HEAD~1"])
        try fixture.commit("Tingkat asesor", author: Self.coordinator, files: [Self.bappeda: raised])
        let lowered = raised.replacingOccurrences(of: "\"level\": 2.26,", with: "\"level\": 2.25,")
        try fixture.commit("Turunkan", author: Self.bappedaAdmin, files: [Self.bappeda: lowered])
        let clean = CLI.run(["lint", "--base", "HEAD~2"], in: folder)
        #expect(!clean.stdout.contains("unauthorized-change"), "\(clean.stdout)")
    }

    @Test func evidenceBelongsToTheAgencyThatCitesIt() throws {
        let (folder, fixture) = try Self.example()
        let evidence = "evidence/bappeda/sk-p05.txt"
        #expect(FileManager.default.fileExists(atPath: folder + "/" + evidence))
        try fixture.commit(
            "Ganti berkas", author: .init("Staf Dinkes", "spbe.dinkes@kotacontoh.go.id"), files: [evidence: "palsu\n"])
        let lint = CLI.run(["lint", "--base", "HEAD~1"], in: folder)
        #expect(
            lint.stdout.contains("changes 'evidence/bappeda/sk-p05.txt', which only maintainers of 'bappeda'"),
            "\(lint.stdout)")
        let codeowners = CLI.run(["codeowners"], in: folder).stdout
        #expect(codeowners.contains("/evidence/ tim.spbe@kotacontoh.go.id\n"))
        #expect(codeowners.contains("/evidence/bappeda/ spbe.bappeda@kotacontoh.go.id tim.spbe@kotacontoh.go.id\n"))
    }
}

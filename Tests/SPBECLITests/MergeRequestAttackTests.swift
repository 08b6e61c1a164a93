import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// Attacks found by trying `lint --base` as a determined agency after the merge request work: criss-cross merge
/// bases, a tag that shadows the base, look-alike characters, a mode change.
struct MergeRequestAttackTests {
    typealias MR = MergeRequestTests

    /// Main holds a merge of the coordinator's commit U and Dpmptsp's commit A; Bappeda merges the same two the
    /// other way round, so base and head have two merge bases, then puts the manifest back as it was before U.
    /// Git's merge of the branch would undo U; the check must see it.
    @Test func aCrissCrossMergeCannotRollBackTheManifest() throws {
        let (folder, fixture) = try OwnershipCommandTests.example()
        let start = try fixture.git(["rev-parse", "HEAD"]).trimmed
        try fixture.commit(
            "Target", author: MR.coordinator,
            files: [MR.manifest: try MR.edit(folder, MR.manifest, "\"target\": 3.5", "\"target\": 4")])
        let coordinator = try fixture.git(["rev-parse", "HEAD"]).trimmed
        try fixture.git(["checkout", "-q", start])
        let dpmptsp = "assessments/kota-contoh/dpmptsp.json"
        try fixture.commit(
            "Dpmptsp", author: GitFixture.Author("Admin", "spbe.dpmptsp@kotacontoh.go.id"),
            files: [dpmptsp: try MR.edit(folder, dpmptsp, "\"explanation\": \"", "\"explanation\": \"Baru. ")])
        let agency = try fixture.git(["rev-parse", "HEAD"]).trimmed
        try fixture.git(["checkout", "-q", "main"])
        try fixture.git(["reset", "-q", "--hard", coordinator])
        try fixture.git(["merge", "-q", "--no-ff", "--no-edit", agency], author: MR.coordinator)
        try fixture.git(["checkout", "-q", "-b", "usulan", agency])
        try fixture.git(["merge", "-q", "--no-ff", "--no-edit", coordinator], author: MR.admin)
        try fixture.git(["checkout", "-q", start, "--", MR.manifest])
        try fixture.git(["commit", "-q", "-m", "rapikan"], author: MR.admin)
        let bases = try fixture.git(["merge-base", "--all", "main", "HEAD"]).split(separator: "\n")
        #expect(bases.count == 2, "the attack needs two merge bases")
        let errors = MR.unauthorized(MR.lint(folder))
        #expect(errors.count == 1 && errors[0].hasPrefix(MR.manifest), "\(errors)")
    }

    @Test func aTagNamedLikeTheBaseIsRefused() throws {
        let (folder, fixture) = try MR.branch()
        try fixture.commit(
            "CI", author: MR.admin, files: [".gitlab-ci.yml": "true\n"])
        #expect(MR.lint(folder).status == .findings)
        try fixture.git(["tag", "main", "HEAD"])
        let run = MR.lint(folder)
        #expect(run.status == .failure && run.stderr.contains("names more than one commit"), "\(run.stderr)")
        #expect(CLI.run(["lint", "--base", "refs/heads/main"], in: folder).status == .findings)
    }

    @Test func aLookAlikeCharacterInAnotherAgencysFileIsAChange() throws {
        let (folder, fixture) = try MR.branch()
        let text = try MR.read(folder, MR.diskominfo)
        try #require(text.contains("K"))
        try fixture.commit(
            "Kelvin", author: MR.admin,
            files: [MR.diskominfo: text.replacingOccurrences(of: "K", with: "\u{212A}")])
        let errors = MR.unauthorized(MR.lint(folder))
        #expect(errors.count == 1 && errors[0].hasPrefix(MR.diskominfo), "\(errors)")
    }

    @Test func aModeChangeToAnotherAgencysFileIsAChange() throws {
        let (folder, fixture) = try MR.branch()
        try fixture.git(["update-index", "--chmod=+x", MR.diskominfo])
        try fixture.git(["commit", "-q", "-m", "mode"], author: MR.admin)
        let errors = MR.unauthorized(MR.lint(folder))
        #expect(errors.count == 1 && errors[0].hasPrefix(MR.diskominfo), "\(errors)")
    }

    /// Bkpsdm's evidence named with a composed `é`; Bappeda adds the decomposed spelling (another file to git,
    /// the same text to Swift), cites it, then rewrites Bkpsdm's file.
    @Test func aNameSpelledTwoWaysCannotHideAChange() throws {
        let (folder, fixture) = try OwnershipCommandTests.example()
        let composed = "evidence/bkpsdm/foto-caf\u{E9}.txt"
        let decomposed = "evidence/bkpsdm/foto-cafe\u{301}.txt"
        func write(_ path: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + path))
        }
        try write(composed, "foto asli\n")
        try fixture.git(["add", "-A"])
        try fixture.git(["commit", "-q", "-m", "foto"], author: MR.coordinator)
        try fixture.git(["checkout", "-q", "-b", "usulan"])
        try write(decomposed, "foto bappeda\n")
        try fixture.git(["add", "-A"])
        try fixture.git(["commit", "-q", "-m", "foto bappeda"], author: MR.admin)
        try write(composed, "dirusak\n")
        try fixture.git(["commit", "-q", "-a", "-m", "rapikan"], author: MR.admin)
        let files = try fixture.git(["ls-files", "-z", "evidence/bkpsdm"]).split(separator: "\0")
        #expect(files.filter { $0.hasPrefix("evidence/bkpsdm/foto") }.count == 2, "git keeps both names")
        let errors = MR.unauthorized(MR.lint(folder))
        #expect(errors.contains { $0.contains("spelled in two ways") }, "\(errors)")
    }
}

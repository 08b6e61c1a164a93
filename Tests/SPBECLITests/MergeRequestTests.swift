import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// `lint --base main` against a determined agency (Bappeda, on a branch off `main` of the example), and the
/// honest merge requests that must stay green: judged on what the merge request changes in the end, merges
/// included, every path governed.
struct MergeRequestTests {
    static let bappeda = "assessments/kota-contoh/bappeda.json"
    static let diskominfo = "assessments/kota-contoh/diskominfo.json"
    static let manifest = "assessments/kota-contoh/instansi.json"
    static let admin = GitFixture.Author("Admin SPBE Bappeda", "spbe.bappeda@kotacontoh.go.id")
    static let coordinator = GitFixture.Author("Tim Koordinasi SPBE", "tim.spbe@kotacontoh.go.id")

    /// The example on a new branch `usulan` off `main`.
    static func branch() throws -> (String, GitFixture) {
        let (folder, fixture) = try OwnershipCommandTests.example()
        try fixture.git(["checkout", "-q", "-b", "usulan"])
        return (folder, fixture)
    }

    static func read(_ folder: String, _ path: String) throws -> String {
        try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
    }

    /// The file with its first occurrence of `old` replaced.
    static func edit(_ folder: String, _ path: String, _ old: String, _ new: String) throws -> String {
        let text = try read(folder, path)
        let range = try #require(text.range(of: old), "'\(old)' in \(path)")
        return text.replacingCharacters(in: range, with: new)
    }

    static func lint(_ folder: String) -> CLI.Result { CLI.run(["lint", "--base", "main"], in: folder) }

    static func unauthorized(_ result: CLI.Result) -> [String] {
        result.stdout.split(separator: "\n").filter { $0.hasSuffix("[unauthorized-change]") }.map(String.init)
    }

    @Test func aFakeMergeIsJudgedLikeAnyCommit() throws {
        let (folder, fixture) = try Self.branch()
        try fixture.write([
            Self.diskominfo: try Self.edit(folder, Self.diskominfo, "\"level\": 3.25", "\"level\": 5"),
            Self.manifest: try Self.edit(folder, Self.manifest, "tim.spbe@", "spbe.bappeda@"),
        ])
        try fixture.git(["add", "-A"])
        let tree = try fixture.git(["write-tree"]).trimmed
        let merge = try fixture.git(
            ["commit-tree", tree, "-p", "main", "-p", "main~1", "-m", "Merge"], author: Self.admin)
        try fixture.git(["reset", "-q", "--hard", merge.trimmed])
        let lint = Self.lint(folder)
        #expect(lint.status == .findings)
        let errors = Self.unauthorized(lint)
        #expect(errors.count == 2, "\(lint.stdout)")
        #expect(errors.contains { $0.hasPrefix(Self.diskominfo) && $0.contains("commit \(merge.prefix(7))") })
        #expect(errors.contains { $0.hasPrefix(Self.manifest) })
    }

    @Test func anEditWhileMergingMainIsCaughtAndACleanMergeIsNot() throws {
        let (folder, fixture) = try Self.branch()
        try fixture.commit(
            "P06", author: Self.admin,
            files: [Self.bappeda: try Self.edit(folder, Self.bappeda, "\"level\": 2.26", "\"level\": 2.5")])
        // The coordinator records an interview level on main meanwhile.
        try fixture.git(["checkout", "-q", "main"])
        try fixture.commit(
            "Target", author: Self.coordinator,
            files: [Self.manifest: try Self.edit(folder, Self.manifest, "\"target\": 3.5", "\"target\": 3.75")])
        try fixture.git(["checkout", "-q", "usulan"])
        try fixture.git(["merge", "-q", "--no-edit", "main"], author: Self.admin)
        let clean = Self.lint(folder)
        #expect(Self.unauthorized(clean).isEmpty, "\(clean.stdout)")
        #expect(clean.status == .success, "\(clean.stdout)")
        // The same merge, amended to slip in a change to Diskominfo's file.
        try fixture.write([Self.diskominfo: try Self.edit(folder, Self.diskominfo, "\"level\": 3.25", "\"level\": 5")])
        try fixture.git(["commit", "-q", "-a", "--amend", "--no-edit"], author: Self.admin)
        let caught = Self.unauthorized(Self.lint(folder))
        #expect(caught.count == 1 && caught[0].hasPrefix(Self.diskominfo), "\(caught)")
    }

    @Test func aMergeThatBringsBackAnOldVersionIsCaught() throws {
        let (folder, fixture) = try Self.branch()
        try fixture.commit(
            "P06", author: Self.admin,
            files: [Self.bappeda: try Self.edit(folder, Self.bappeda, "\"level\": 2.26", "\"level\": 2.5")])
        // A merge of main~2, from before the assessors' document round, that keeps Diskominfo's older file.
        try fixture.git(["checkout", "-q", "main~2", "--", Self.diskominfo])
        let tree = try fixture.git(["write-tree"]).trimmed
        let merge = try fixture.git(
            ["commit-tree", tree, "-p", "HEAD", "-p", "main~2", "-m", "Merge"], author: Self.admin)
        try fixture.git(["reset", "-q", "--hard", merge.trimmed])
        let errors = Self.unauthorized(Self.lint(folder))
        #expect(
            errors.count == 1 && errors[0].hasPrefix(Self.diskominfo) && errors[0].contains("'assessor'"), "\(errors)")
    }

    @Test func aRevertedMistakeIsANoteNotAnError() throws {
        let (folder, fixture) = try Self.branch()
        let wrong = try fixture.commit(
            "Salah berkas", author: Self.admin,
            files: [Self.diskominfo: try Self.edit(folder, Self.diskominfo, "\"level\": 3.25", "\"level\": 3.5")])
        let before = Self.lint(folder)
        #expect(before.stdout.contains("git revert \(wrong.prefix(7))"), "\(before.stdout)")
        #expect(CLI.run(["lint", "--base", "main", "--lang", "id"], in: folder).stdout.contains("batalkan"))
        try fixture.git(["revert", "--no-edit", "HEAD"], author: Self.admin)
        try fixture.commit(
            "P06", author: Self.admin,
            files: [Self.bappeda: try Self.edit(folder, Self.bappeda, "\"level\": 2.26", "\"level\": 2.5")])
        let lint = Self.lint(folder)
        #expect(lint.status == .success, "\(lint.stdout)")
        #expect(Self.unauthorized(lint).isEmpty)
        #expect(lint.stdout.contains("note: commit \(wrong.prefix(7))"), "\(lint.stdout)")
        #expect(lint.stdout.contains("[change-undone]"))
    }

    @Test func aBrokenStepDoesNotLaunderAssessorLevels() throws {
        let (folder, fixture) = try Self.branch()
        let original = try Self.read(folder, Self.bappeda)
        try fixture.commit("Rusak", author: Self.admin, files: [Self.bappeda: "{ rusak"])
        let raised = original.replacingOccurrences(
            of: "\"level\": 2.26,", with: "\"level\": 2.26,\n      \"assessor\": {\"document\": 5, \"interview\": 5},")
        #expect(raised != original)
        try fixture.commit("Pulihkan", author: Self.admin, files: [Self.bappeda: raised])
        let errors = Self.unauthorized(Self.lint(folder))
        #expect(errors.count == 2 && errors.allSatisfy { $0.contains("'assessor' levels") }, "\(errors)")
    }

    @Test func everyPathIsGoverned() throws {
        let (folder, fixture) = try Self.branch()
        let paths = [".gitlab-ci.yml", ".github/workflows/spbe.yml", "CODEOWNERS", ".gitattributes", "docs/catatan.md"]
        try fixture.commit(
            "Ubah CI", author: Self.admin,
            files: Dictionary(uniqueKeysWithValues: paths.map { ($0, "true spbe lint\n") }))
        let errors = Self.unauthorized(Self.lint(folder))
        for path in paths {
            #expect(
                errors.contains { $0.hasPrefix(path + ":") && $0.contains("only the coordinators") },
                "\(path): \(errors)")
        }
    }

    @Test func evidenceOutsideTheEvidenceFolderIsTheCoordinators() throws {
        let (folder, fixture) = try Self.branch()
        // Diskominfo cites docs/sk.txt (committed by the coordinator); Bappeda replaces it.
        let cited = try Self.edit(
            folder, Self.diskominfo, "\"evidence\": [",
            "\"evidence\": [{\"title\": \"SK\", \"kind\": \"decree\", \"path\": \"docs/sk.txt\"},")
        try fixture.git(["checkout", "-q", "main"])
        try fixture.commit("SK", author: Self.coordinator, files: ["docs/sk.txt": "asli\n", Self.diskominfo: cited])
        try fixture.git(["checkout", "-q", "-B", "usulan"])
        try fixture.commit("Ganti", author: Self.admin, files: ["docs/sk.txt": "palsu\n"])
        let errors = Self.unauthorized(Self.lint(folder))
        #expect(errors.contains { $0.hasPrefix("docs/sk.txt:") }, "\(errors)")
    }

    @Test func anAgencyResolvesAConflictInItsOwnFile() throws {
        let (folder, fixture) = try Self.branch()
        let mine = try Self.edit(folder, Self.bappeda, "\"level\": 2.26", "\"level\": 2.5")
        try fixture.commit("P06", author: Self.admin, files: [Self.bappeda: mine])
        try fixture.git(["checkout", "-q", "main"])
        let theirs = try Self.edit(
            folder, Self.bappeda, "\"level\": 2.26,", "\"level\": 2.26,\n      \"assessor\": {\"interview\": 2.5},")
        try fixture.commit("Wawancara P06", author: Self.coordinator, files: [Self.bappeda: theirs])
        try fixture.git(["checkout", "-q", "usulan"])
        #expect(throws: FixtureError.self) {
            try fixture.git(["merge", "-q", "--no-edit", "main"], author: Self.admin)
        }
        let resolved = theirs.replacingOccurrences(of: "\"level\": 2.26", with: "\"level\": 2.5")
        try fixture.write([Self.bappeda: resolved])
        try fixture.git(["commit", "-q", "-a", "--no-edit"], author: Self.admin)
        let lint = Self.lint(folder)
        #expect(Self.unauthorized(lint).isEmpty, "\(lint.stdout)")
    }

    @Test func emailsFoldOnlyASCII() throws {
        let (folder, fixture) = try Self.branch()
        try fixture.commit(
            "Target", author: .init("Tim", "tim.spbe@\u{212A}otacontoh.go.id"),
            files: [Self.manifest: try Self.edit(folder, Self.manifest, "\"target\": 3.5", "\"target\": 4")])
        #expect(Self.unauthorized(Self.lint(folder)).count == 1)
        try fixture.git(["reset", "-q", "--hard", "main"])
        try fixture.commit(
            "Target", author: .init("Tim", "Tim.SPBE@KotaContoh.go.id"),
            files: [Self.manifest: try Self.edit(folder, Self.manifest, "\"target\": 3.5", "\"target\": 4")])
        #expect(Self.unauthorized(Self.lint(folder)).isEmpty)
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// `score` counts an agency's levels only from the file named after it, and says when it could not read all.
struct ImpostorScoreTests {
    @Test func aSecondFileClaimingAnAgencyIsLeftOutAndNamed() throws {
        let (folder, fixture) = try OwnershipCommandTests.example()
        let before = CLI.run(["score", "--format", "csv"], in: folder).stdout
        let bkpsdm = try MergeRequestTests.read(folder, "assessments/kota-contoh/bkpsdm.json")
        let raised = bkpsdm.replacingOccurrences(
            of: #""level": [0-9.]+"#, with: "\"level\": 5", options: .regularExpression)
        try fixture.commit("Palsu", files: ["assessments/kota-contoh/aaa.json": raised])
        let score = CLI.run(["score", "--format", "csv"], in: folder)
        #expect(score.status == .findings)
        func columns(_ csv: String) -> [Substring] { csv.split(separator: "\n").last?.split(separator: ",") ?? [] }
        let (old, new) = (columns(before), columns(score.stdout))
        #expect(new.count == old.count && new.count > 9)
        #expect(new[4] == old[4] && new[5] == old[5], "the index is unchanged: \(new)")
        #expect(old[9] == "false" && new[9] == "true", "the score is marked partial")
        let text = CLI.run(["score"], in: folder).stdout
        #expect(text.contains("assessments/kota-contoh/aaa.json"), "\(text)")
    }

    @Test func anUnreadableRepositorySchemaMakesTheScorePartial() throws {
        let (folder, fixture) = try OwnershipCommandTests.example()
        try fixture.commit("Rusak", files: ["schemas/assessment.schema.json": "{ rusak"])
        let score = CLI.run(["score"], in: folder)
        #expect(score.status == .findings)
        #expect(score.stdout.contains("schemas/assessment.schema.json"), "\(score.stdout)")
    }
}

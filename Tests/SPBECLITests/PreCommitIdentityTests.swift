import Foundation
import SPBECore
import TestSupport
import Testing

/// Before committing, `lint --worktree` judges the change on disk as the commit git would make of it, by the
/// identity git would record (here set through `GIT_CONFIG_GLOBAL`, which libgit2 alone ignores), and says what
/// CI's `lint --base` then says of the commit.
struct PreCommitIdentityTests {
    static let diskominfo = "assessments/kota-contoh/diskominfo.json"
    static let bappeda = GitFixture.Author("Admin Bappeda", "spbe.bappeda@kotacontoh.go.id")

    /// The example committed once, a global configuration naming Bappeda's admin (kept in `.git`, out of the
    /// working tree), and Diskominfo's file edited.
    static func bappedaEditingDiskominfo() throws -> (GitFixture, [String: String]) {
        let fixture = try CLI.exampleRepository()
        try fixture.write([".git/gitconfig-bappeda": "[user]\n\tname = Admin Bappeda\n\temail = \(bappeda.email)\n"])
        let file = fixture.path + "/" + diskominfo
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try fixture.write([
            diskominfo: text.replacingOccurrences("\"explanation\": \"Fakta:", "\"explanation\": \"Fakta baru:")
        ])
        let environment = [
            "HOME": fixture.path, "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": fixture.path + "/.git/gitconfig-bappeda",
        ]
        return (fixture, environment)
    }

    @Test func anotherAgencysFileIsRefusedBeforeTheCommitAsCIRefusesTheCommit() throws {
        let (fixture, environment) = try Self.bappedaEditingDiskominfo()
        let before = try fixture.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let local = CLI.run(["lint", "--worktree"], in: fixture.path, environment: environment)
        #expect(local.status == .findings)
        #expect(
            local.stdout.contains(
                "the uncommitted change to '\(Self.diskominfo)' would be committed as Admin Bappeda <\(Self.bappeda.email)>"
            )
                && local.stdout.contains("[unauthorized-change]"), "\(local.stdout)")
        // Committed as that identity, CI's check refuses the same path for the same reason.
        try fixture.commit("Ubah Diskominfo", author: Self.bappeda)
        let ci = CLI.run(["lint", "--base", before], in: fixture.path)
        #expect(ci.status == .findings)
        #expect(
            ci.stdout.contains("by Admin Bappeda <\(Self.bappeda.email)> changes '\(Self.diskominfo)'"), "\(ci.stdout)")
    }

    @Test func theAgencysOwnIdentityPasses() throws {
        let (fixture, environment) = try Self.bappedaEditingDiskominfo()
        // GIT_AUTHOR_EMAIL beats the configuration, as in git.
        let own = environment.merging(["GIT_AUTHOR_EMAIL": "spbe.diskominfo@kotacontoh.go.id"]) { $1 }
        let result = CLI.run(["lint", "--worktree"], in: fixture.path, environment: own)
        #expect(result.status == .success && !result.stdout.contains("unauthorized-change"), "\(result.stdout)")
    }

    @Test func withoutAnIdentityItSaysWhatIsNotChecked() throws {
        let (fixture, _) = try Self.bappedaEditingDiskominfo()
        let none = ["HOME": fixture.path, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": fixture.path + "/none"]
        let result = CLI.run(["lint", "--worktree"], in: fixture.path, environment: none)
        #expect(result.status == .success)
        #expect(result.stderr.contains("git has no identity here (git config user.email)"), "\(result.stderr)")
    }

    @Test func initTakesTheIdentityGitWouldTake() throws {
        let folder = try GitFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("[user]\n\temail = tim@kota-baru.go.id\n\tname = Tim Kota Baru\n".utf8).write(
            to: URL(fileURLWithPath: folder + "/gitconfig"))
        let environment = [
            "HOME": folder + "/home", "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": folder + "/gitconfig",
        ]
        #expect(CLI.run(["init", folder + "/kota-baru"], environment: environment).status == .success)
        let manifest = try String(
            contentsOfFile: folder + "/kota-baru/assessments/kota-baru/instansi.json", encoding: .utf8)
        #expect(manifest.contains("\"tim@kota-baru.go.id\""), "\(manifest)")
        #expect(
            CLI.run(["init", folder + "/tanpa"], environment: ["HOME": folder + "/home", "GIT_CONFIG_NOSYSTEM": "1"])
                .status == .usage)
    }
}

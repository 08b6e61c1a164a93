import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// `--agency ID`: an agency's own view on score, status, plan and lint.
struct AgencyViewTests {
    @Test func anAgencySeesWhatItOwns() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let score = CLI.run(["score", "--agency", "bappeda"], in: folder).stdout
        #expect(score.contains("Badan Perencanaan Pembangunan Daerah (bappeda): 3 indicator(s)"))
        #expect(score.contains("P06        Tingkat Kematangan Penyelenggaraan Informasi Ge…  2.26"))
        #expect(!score.contains("P01 "), "only its own indicators")
        let json = try JSONParser().parse(
            Array(CLI.run(["score", "--agency", "bappeda", "--format", "json"], in: folder).stdout.utf8))
        let rows = json.root["scopes"]?.elements?.first?["indicators"]?.elements ?? []
        #expect(rows.compactMap { $0["id"]?.string } == ["P05", "P06", "P07"])
        #expect(rows.first?["name"]?.string == "Tingkat Kematangan Tata Kelola Data")

        let status = CLI.run(["status", "--agency", "bappeda"], in: folder).stdout
        #expect(status.contains("\nbappeda ") && !status.contains("diskominfo"))
        let plan = try JSONParser().parse(
            Array(CLI.run(["plan", "--agency", "bappeda", "--format", "json"], in: folder).stdout.utf8))
        let steps = plan.root["scopes"]?.elements?.first?["steps"]?.elements ?? []
        #expect(!steps.isEmpty && steps.allSatisfy { $0["agency"]?.string == "bappeda" })

        let file = folder + "/assessments/kota-contoh/dinkes.json"
        try Data("{\"agency\": 1}".utf8).write(to: URL(fileURLWithPath: file))
        #expect(
            CLI.run(["lint", "--worktree", "--agency", "bappeda"], in: folder).status == .success,
            "dinkes's file is not bappeda's")
        #expect(CLI.run(["lint", "--worktree", "--agency", "dinkes"], in: folder).status == .findings)
        let unknown = CLI.run(["score", "--agency", "nope"], in: folder)
        #expect(unknown.status == .failure && unknown.stderr.contains("no agency 'nope' in this revision"))
    }
}

/// `--agency` in a repository of several scopes: only the scopes that list the agency, each with its rows.
struct AgencyAcrossScopesTests {
    @Test func onlyTheScopesThatListTheAgency() throws {
        let folder = try GitFixture.temporaryFolder() + "/provinsi-jaya"
        #expect(CLI.run(["init", folder, "--coordinator-email", "tim@jaya.go.id"]).status == .success)
        let coordinator = ["GIT_AUTHOR_EMAIL": "tim@jaya.go.id"]
        #expect(CLI.run(["scope", "add", "kabupaten-hulu"], in: folder, environment: coordinator).status == .success)
        let add = CLI.run(
            [
                "agency", "add", "bappeda", "--scope", "provinsi-jaya", "--name", "Bappeda", "--maintainer",
                "b@jaya.go.id", "--indicators", "P05",
            ], in: folder, environment: coordinator)
        #expect(add.status == .success, "\(add.stderr)")
        let score = CLI.run(["score", "--worktree", "--agency", "bappeda"], in: folder)
        #expect(
            score.stdout.contains("(provinsi-jaya)") && !score.stdout.contains("(kabupaten-hulu)"), "\(score.stdout)")
        #expect(score.stdout.contains("P05"), "the agency's rows, not a table of indices")
        let plan = CLI.run(["plan", "--worktree", "--agency", "bappeda"], in: folder).stdout
        #expect(!plan.contains("kabupaten-hulu"), "a scope without the agency has nothing of it to plan: \(plan)")
        #expect(
            CLI.run(["score", "--worktree", "--stage", "dokumen"], in: folder).status == .success, "Indonesian words")
    }
}

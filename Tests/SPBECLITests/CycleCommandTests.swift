import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// `spbe cycle open`: both kinds of transition on the example history, and every refusal.
struct CycleCommandTests {
    static let scope = "assessments/kota-contoh/"

    /// The example history checked out at cycle/2024 (spbe-2020), on a branch of its own.
    static func at2024() throws -> (String, GitFixture) {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let fixture = GitFixture(existing: folder)
        try fixture.git(["checkout", "-q", "-b", "buka", "cycle/2024"])
        return (folder, fixture)
    }

    static func json(_ folder: String, _ file: String) throws -> JSONNode {
        try JSONParser().parse(Array(try String(contentsOfFile: folder + "/" + file, encoding: .utf8).utf8)).root
    }

    @Test func sameFrameworkCarriesLevelsOverAndClearsAssessors() throws {
        let (folder, fixture) = try Self.at2024()
        try fixture.commit(
            "Catat penilaian dokumen", files: [Self.scope + "dinkes.json": Self.withAssessor(folder, "dinkes.json")])
        let run = CLI.run(["cycle", "open", "2025"], in: folder)
        #expect(run.status == .success, "\(run.stderr)")
        #expect(run.stdout.contains("kota-contoh: cycle 2024 → 2025 (spbe-2020)"))
        #expect(run.stdout.contains("dinkes.json: owns 1, kept 1, assessors' levels cleared on 1"))
        #expect(run.stdout.contains("git add -A && git commit"))
        let manifest = try Self.json(folder, Self.scope + "instansi.json")
        #expect(manifest["cycle"]?["id"]?.string == "2025" && manifest["framework"]?.string == "spbe-2020")
        #expect(manifest["cycle"]?["end"]?.string == "2025-12-31")
        let dinkes = try Self.json(folder, Self.scope + "dinkes.json")
        #expect(dinkes["cycle"]?.string == "2025")
        #expect(dinkes["indicators"]?["I47"]?["level"]?.number?.intValue == 4, "the level carried over")
        #expect(dinkes["indicators"]?["I47"]?["assessor"] == nil, "the assessors' levels cleared")
        #expect(dinkes["indicators"]?["I47"]?["evidence"]?.elements?.isEmpty == false)
        let lint = CLI.run(["lint", "--worktree"], in: folder)
        #expect(lint.stdout.contains("0 error(s)"), "\(lint.stdout)")
        #expect(
            CLI.run(["score", "--worktree", "--format", "csv"], in: folder).stdout.contains(",spbe-2020,2025,3.85,"))
        #expect(try fixture.git(["log", "-1", "--format=%s"]) == "Catat penilaian dokumen\n", "nothing committed")
    }

    @Test func newFrameworkSharesTheIndicatorsOut() throws {
        let (folder, fixture) = try Self.at2024()
        defer { withExtendedLifetime(fixture) {} }
        let owners = folder + "/../pemilik.json"
        try Data(#"{"bappeda": ["P05", "P07"], "dinkes": ["P19"]}"#.utf8).write(to: URL(fileURLWithPath: owners))
        let run = CLI.run(["cycle", "open", "2026", "--owners", owners], in: folder)
        #expect(run.status == .success, "\(run.stderr)")
        #expect(run.stdout.contains("cycle 2024 → 2026, framework spbe-2020 → pemdi-2026"), "the framework for 2026")
        #expect(run.stdout.contains("bappeda.json: owns 2, kept 0, removed I02 I12 I13 I14 I32"))
        #expect(run.stdout.contains("given to the coordinator until shared out: P01 P02 P03 P04 P06 P08"))
        let manifest = try Self.json(folder, Self.scope + "instansi.json")
        #expect(manifest["framework"]?.string == "pemdi-2026")
        let agencies = try #require(manifest["agencies"])
        #expect(agencies["bappeda"]?["indicators"]?.elements?.compactMap(\.string) == ["P05", "P07"])
        #expect(agencies["diskominfo"]?["indicators"]?.elements?.count == 17, "the coordinator holds the rest")
        #expect(agencies["inspektorat"]?["indicators"]?.elements?.isEmpty == true)
        let bappeda = try Self.json(folder, Self.scope + "bappeda.json")
        #expect(bappeda["cycle"]?.string == "2026" && bappeda["indicators"]?.members?.isEmpty == true)
        let lint = CLI.run(["lint", "--worktree"], in: folder)
        #expect(lint.stdout.contains("0 error(s)"), "\(lint.stdout)")
        let score = CLI.run(["score", "--worktree"], in: folder)
        #expect(score.stdout.contains("Indeks Pemdi  0.00") && score.stdout.contains("0 of 20 indicators assessed"))
    }

    @Test func refusals() throws {
        let (folder, fixture) = try Self.at2024()
        func refused(_ arguments: [String], _ message: String, status: ExitCode = .failure) {
            let run = CLI.run(["cycle"] + arguments, in: folder)
            #expect(run.status == status && run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
        refused(["close", "2025"], "unknown command 'cycle close'", status: .usage)
        refused(["opne", "2025"], "did you mean 'cycle open'?", status: .usage)
        refused([], "'spbe cycle' needs a subcommand: open", status: .usage)
        refused(
            ["open", "2025", "--scope", "--framework"], "needs a value, not the option '--framework'", status: .usage)
        refused(["open", "20 25"], "is not a cycle id", status: .usage)
        refused(["open"], "missing argument ID", status: .usage)
        refused(["open", "2023"], "cycle '2023' is not later than the current cycle '2024'")
        refused(["open", "2024"], "is not later")
        refused(["open", "999"], "cycle '999' is not later than the current cycle '2024'")
        refused(["open", "2026", "--framework", "spbe-2020"], "framework 'spbe-2020' does not apply to cycle '2026'")
        refused(["open", "2026", "--framework", "nope-2030"], "unknown framework 'nope-2030'")
        refused(["open", "2026", "--owners", "missing.json"], "'missing.json' does not exist")
        let owners = folder + "/../pemilik.json"
        for (content, message) in [
            (#"{"bappeda": "P05"}"#, "is not an owners file"),
            (#"{"dinas-baru": ["P05"]}"#, "names agency 'dinas-baru', which the manifest does not list"),
            (#"{"bappeda": ["I12"]}"#, "names indicator 'I12', which is not in framework 'pemdi-2026'"),
            (#"{"bappeda": ["P05"], "dinkes": ["P05"]}"#, "gives indicator 'P05' to both"),
        ] {
            try Data(content.utf8).write(to: URL(fileURLWithPath: owners))
            refused(["open", "2026", "--owners", owners], message)
        }
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/" + Self.scope + "dinkes.json"))
        refused(["open", "2025"], "uncommitted changes (assessments/kota-contoh/dinkes.json)")
        try fixture.commit("Rusak", files: [Self.scope + "dinkes.json": "{\"agency\": 1}"])
        refused(["open", "2025"], "'assessments/kota-contoh/dinkes.json' is invalid")
        #expect(try fixture.git(["status", "--porcelain"]).isEmpty, "a refusal writes nothing")
    }

    /// Dinkes's file with the assessors' document level on its indicator.
    static func withAssessor(_ folder: String, _ file: String) throws -> String {
        try String(contentsOfFile: folder + "/" + scope + file, encoding: .utf8)
            .replacingOccurrences(of: "\"level\": 4,", with: "\"level\": 4,\n      \"assessor\": {\"document\": 3},")
    }
}

import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// The commands on the example's 2026 Pemdi cycle: values the framework does not allow, fmt keeping decimals as
/// written, and the JSON outputs naming the frameworks they were computed under.
struct PemdiCommandTests {
    static let bappeda = "assessments/kota-contoh/bappeda.json"

    @Test func lintNamesValuesThePemdiFrameworkDoesNotAllow() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let text = try String(contentsOfFile: folder + "/" + Self.bappeda, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "\"level\": 3.5,", with: "\"level\": 1.255,")
            .replacingOccurrences(of: "\"level\": 2.26,", with: "\"level\": 5.5,")
        #expect(changed != text)
        try Data(changed.utf8).write(to: URL(fileURLWithPath: folder + "/" + Self.bappeda))
        let lint = CLI.run(["lint", "--worktree"], in: folder)
        #expect(lint.status == .findings)
        #expect(
            lint.stdout.contains(
                "error: 1.255 has 3 decimal places; pemdi-2026 allows at most 2 decimal places in 1..5 [level-out-of-range]"
            ), "\(lint.stdout)")
        #expect(
            lint.stdout.contains("error: level 5.5 is outside 1..5; use a level in that range [level-out-of-range]"))
        let score = CLI.run(["score", "--worktree", "--format", "json"], in: folder)
        let scope = try #require(try JSONParser().parse(Array(score.stdout.utf8)).root["scopes"]?.elements?.first)
        #expect(scope["missing"]?.elements?.compactMap(\.string) == ["P05", "P06"], "not allowed: not assessed")
        #expect(scope["complete"]?.bool == false)
    }

    @Test func fmtKeepsDecimalsAsWrittenAndJSONNamesTheFrameworks() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        #expect(CLI.run(["fmt", "--check"], in: folder).status == .success)
        let text = try String(contentsOfFile: folder + "/" + Self.bappeda, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"level\": 3.5,", with: "\"level\":   3.50,").utf8).write(
            to: URL(fileURLWithPath: folder + "/" + Self.bappeda))
        #expect(CLI.run(["fmt", "--write"], in: folder).status == .success)
        let formatted = try String(contentsOfFile: folder + "/" + Self.bappeda, encoding: .utf8)
        #expect(formatted.contains("\"level\": 3.50,"), "the number keeps its bytes")
        for arguments in [["score"], ["log"], ["plan"], ["diff", "2024", "2026"]] {
            let run = CLI.run(arguments + ["--format", "json"], in: folder)
            let root = try JSONParser().parse(Array(run.stdout.utf8)).root
            let expected = arguments.first == "diff" || arguments.first == "log" ? 2 : 1
            #expect(root["frameworks"]?.elements?.count == expected, "\(arguments)")
            #expect(root["frameworks"]?.elements?.last?.string == "pemdi-2026", "\(arguments)")
        }
    }
}

import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// `score --stages`: the self-assessment against each assessors' stage per indicator, with the gap, in one table.
struct StageTableTests {
    @Test func theExamplesStagesAndGaps() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let text = CLI.run(["score", "--stages"], in: folder)
        #expect(text.status == .success)
        let lines = text.stdout.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        // P08: bagian-hukum said 1.5, the document review gave 1.26: final 1.26, gap -0.24.
        #expect(lines.contains(["P08", "bagian-hukum", "1.5", "1.26", "·", "·", "1.26", "-0.24"]))
        #expect(lines.contains(["P17", "diskominfo", "3.75", "3.5", "·", "·", "3.5", "-0.25"]))
        #expect(lines.contains(["index", "2.89", "2.87", "2.87", "2.87", "2.87"]), "the index after each stage")
        let json = try JSONParser().parse(
            Array(CLI.run(["score", "--stages", "--format", "json"], in: folder).stdout.utf8))
        let scope = try #require(json.root["scopes"]?.elements?.first)
        let p08 = try #require(scope["indicators"]?.elements?.first { $0["id"]?.string == "P08" })
        #expect(p08["document"]?.number?.literal == "1.26" && p08["gap"]?.number?.literal == "-0.24")
        #expect(p08["interview"] != nil && p08["interview"]?.number == nil, "no interview level: null")
        #expect(scope["indices"]?["final"]?["display"]?.string == "2.87")
        let csv = CLI.run(["score", "--stages", "--format", "csv"], in: folder).stdout
        #expect(csv.contains("\nkota-contoh,P08,bagian-hukum,1.5,1.26,,,1.26,-0.24\n"))
        let markdown = CLI.run(["score", "--stages", "--format", "markdown", "--agency", "bagian-hukum"], in: folder)
        #expect(markdown.stdout.contains("| P08 | bagian-hukum | 1.5 | 1.26 | · | · | 1.26 | -0.24 |"))
        #expect(!markdown.stdout.contains("| P17 |"), "--agency keeps its own rows")
        let id = CLI.run(["score", "--stages", "--lang", "id"], in: folder).stdout
        #expect(id.contains("mandiri") && id.contains("dokumen") && id.contains("selisih"))
        #expect(CLI.run(["score", "--stages", "--stage", "self"], in: folder).status == .usage)
        // A score without an invalid file is partial here too: said, marked and exit 1 unless allowed.
        try Data("{".utf8).write(to: URL(fileURLWithPath: folder + "/assessments/kota-contoh/bappeda.json"))
        let partial = CLI.run(["score", "--stages", "--worktree"], in: folder)
        #expect(partial.status == .findings && partial.stderr.contains("bappeda.json"), "\(partial.stderr)")
        #expect(partial.stdout.contains("PARTIAL: assessments/kota-contoh/bappeda.json"), "\(partial.stdout)")
        #expect(CLI.run(["score", "--stages", "--worktree", "--allow-partial"], in: folder).status == .success)
        #expect(CLI.run(["score", "--stages", "--indicators"], in: folder).status == .usage)
    }
}

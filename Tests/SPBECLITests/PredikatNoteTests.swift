import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// A leader reads `4.00 Sangat Baik` right: when the rounded index falls in another band than the predikat
/// (read from the exact 3.9952), every format says why, beside the number.
struct PredikatNoteTests {
    /// A new Pemdi city whose diskominfo assesses every indicator at 4 but one of weight 3 at 3.84.
    static func cityJustBelowMemuaskan() throws -> String {
        let folder = try GitFixture.temporaryFolder() + "/kota-baru"
        #expect(CLI.run(["init", folder, "--coordinator-email", "tim@kota-baru.go.id"]).status == .success)
        let framework = try #require(BuiltIn.framework("pemdi-2026"))
        let light = try #require(framework.indicators.first { $0.weight == Rational(3) }).id
        let entries = framework.indicators.map { indicator in
            "\"\(indicator.id)\": {\"level\": \(indicator.id == light ? "3.84" : "4"), \"explanation\": \"Fakta.\"}"
        }
        let file =
            "{\"agency\": \"diskominfo\", \"cycle\": \"2026\", \"indicators\": {\(entries.joined(separator: ", "))}}"
        try Data(file.utf8).write(to: URL(fileURLWithPath: folder + "/assessments/kota-baru/diskominfo.json"))
        return folder
    }

    @Test func everyFormatSaysWhyBesideTheNumber() throws {
        let folder = try Self.cityJustBelowMemuaskan()
        func score(_ arguments: [String]) -> String {
            CLI.run(["score", "--worktree", "--allow-partial"] + arguments, in: folder).stdout
        }
        let note = "the predikat follows the exact index, 3.9952, below Memuaskan's 4.00"
        #expect(score([]).contains("4.00  Sangat Baik  (exact 3.9952; \(note))"), "\(score([]))")
        #expect(
            score(["--lang", "id"]).contains("predikat mengikuti indeks eksak 3.9952, di bawah batas Memuaskan 4.00"))
        let json = try JSONParser().parse(Array(score(["--format", "json"]).utf8)).root
        #expect(json["scopes"]?.elements?.first?["predikatNote"]?.string == note)
        #expect(score(["--format", "markdown"]).contains("| **4.00** | Sangat Baik (exact 3.9952 < 4.00) |"))
        #expect(score(["--format", "csv"]).hasSuffix(",\"\(note)\"\n"))
        try GitFixture(existing: folder, owned: false).commit("Penilaian mandiri")
        let run = CLI.run(["report", "--out", "-", "--lang", "en"], in: folder)
        let report = run.stdout + run.stderr
        #expect(report.contains(">\(note)</span>"), "the report's headline")
        for command in [
            ["log"], ["plan"], ["log", "--format", "markdown"], ["plan", "--format", "markdown"],
            ["diff", "HEAD~1", "HEAD"],
            ["diff", "HEAD~1", "HEAD", "--format", "markdown"],
        ] {
            let out = CLI.run(command + ["--lang", "en"], in: folder).stdout
            #expect(out.contains("Sangat Baik (exact 3.9952 < 4.00)"), "\(command): \(out)")
        }
    }
}

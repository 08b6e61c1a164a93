import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// Every command in every format it offers, on `spbe init --example` (cycles 2022-2024 on spbe-2020, 2026 on
/// pemdi-2026) plus one branch
/// `usulan` holding a change that breaks rules, compared byte for byte with `Golden/example/`.
///
/// The outputs are the contract CI scripts and users read: any change to them shows here as a diff of the
/// golden files (re-recorded with `SPBE_RECORD_GOLDEN=1`, then reviewed).
struct GoldenOutputTests {
    struct Case: Sendable, CustomStringConvertible {
        let golden: String
        let arguments: [String]
        let status: ExitCode
        var description: String { golden }

        init(_ golden: String, _ arguments: [String], _ status: ExitCode = .success) {
            self.golden = golden
            self.arguments = arguments
            self.status = status
        }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for format in ["text", "json", "markdown", "csv"] {
            cases.append(Case("score-\(format)", ["score", "--format", format]))
            cases.append(Case("score-indicators-\(format)", ["score", "--indicators", "--format", format]))
        }
        cases.append(Case("score-2023-self-id", ["score", "--rev", "2023", "--stage", "self", "--lang", "id"]))
        cases.append(Case("score-2024-text", ["score", "--rev", "2024"]))
        for format in ["text", "json", "markdown", "csv"] {
            cases.append(Case("score-stages-\(format)", ["score", "--stages", "--format", format]))
        }
        cases.append(Case("score-stages-2023-id", ["score", "--stages", "--rev", "2023", "--lang", "id"]))
        cases.append(Case("score-2024-json", ["score", "--rev", "2024", "--format", "json"]))
        for format in ["text", "json", "sarif", "github", "junit"] {
            cases.append(Case("lint-\(format)", ["lint", "--format", format]))
            cases.append(
                Case(
                    "lint-change-\(format)", ["lint", "--rev", "usulan", "--base", "main", "--format", format],
                    .findings))
        }
        cases.append(Case("lint-change-id", ["lint", "--rev", "usulan", "--base", "main", "--lang", "id"], .findings))
        cases.append(Case("lint-list-rules", ["lint", "--list-rules"]))
        for format in ["text", "json", "markdown"] {
            cases.append(Case("diff-\(format)", ["diff", "--format", format]))
            cases.append(Case("status-\(format)", ["status", "--today", "2026-11-01", "--format", format]))
            cases.append(Case("diff-2024-2026-\(format)", ["diff", "2024", "2026", "--format", format]))
            cases.append(Case("plan-\(format)", ["plan", "--format", format]))
        }
        cases.append(Case("diff-2022-2024", ["diff", "2022", "2024"]))
        cases.append(Case("diff-csv", ["diff", "2023", "2024", "--format", "csv"]))
        cases.append(Case("diff-2024-2026-csv", ["diff", "2024", "2026", "--format", "csv"]))
        cases.append(Case("status-csv", ["status", "--today", "2026-11-01", "--format", "csv"]))
        cases.append(Case("plan-csv", ["plan", "--format", "csv"]))
        cases.append(Case("log-markdown", ["log", "--format", "markdown"]))
        cases.append(Case("lint-list-rules-json", ["lint", "--list-rules", "--format", "json"]))
        cases.append(Case("score-agency", ["score", "--agency", "bappeda"]))
        cases.append(Case("diff-change-id", ["diff", "main", "usulan", "--lang", "id"]))
        cases.append(Case("form-text", ["form", "--agency", "bappeda"]))
        cases.append(Case("form-json", ["form", "--indicator", "P07", "--format", "json"]))
        cases.append(Case("verify-text", ["verify", "--allow-unsigned"]))
        cases.append(Case("verify-json", ["verify", "--allow-unsigned", "--format", "json"]))
        cases.append(Case("evidence-check", ["evidence"]))
        for format in ["text", "json", "csv"] {
            cases.append(Case("log-\(format)", ["log", "--format", format]))
            cases.append(
                Case("log-commits-\(format)", ["log", "--commits", "cycle/2023..cycle/2024", "--format", format]))
        }
        for format in ["text", "json"] {
            cases.append(Case("blame-\(format)", ["blame", "kota-contoh/I14", "--rev", "2024", "--format", format]))
            cases.append(
                Case("blame-all-\(format)", ["blame", "kota-contoh/I12", "--rev", "2024", "--all", "--format", format]))
            cases.append(Case("blame-pemdi-\(format)", ["blame", "kota-contoh/P17", "--format", format]))
            let other = format == "text" ? "markdown" : "csv"
            cases.append(Case("blame-pemdi-\(other)", ["blame", "kota-contoh/P17", "--format", other]))
            cases.append(
                Case(
                    "validate-\(format)",
                    [
                        "validate", "--rev", "usulan", "--schema", "schemas/assessment.schema.json", "--format", format,
                        "assessments/kota-contoh/bappeda.json", "assessments/kota-contoh/instansi.json",
                    ], .findings))
        }
        cases.append(Case("report-id", ["report"]))
        cases.append(Case("report-en", ["report", "--lang", "en", "--rev", "2023"]))
        cases.append(Case("codeowners-github", ["codeowners", "--format", "github"]))
        cases.append(Case("codeowners-gitlab", ["codeowners", "--format", "gitlab"]))
        cases.append(Case("completion-bash", ["completion", "bash"]))
        cases.append(Case("completion-zsh", ["completion", "zsh"]))
        cases.append(Case("completion-fish", ["completion", "fish"]))
        cases.append(Case("fmt-check", ["fmt", "--check"]))
        cases.append(Case("help", ["help"]))
        cases.append(Case("help-id", ["help", "--lang", "id"]))
        for command in Tool.commands {
            let words: [String] = command.name.split(separator: " ").map { String($0) }
            let golden: String = "help-" + words.joined(separator: "-")
            cases.append(Case(golden, ["help"] + words))
            cases.append(Case(golden + "-id", ["help"] + words + ["--lang", "id"]))
        }
        // Indonesian output of every reading command, scanned for English words by IndonesianWordingTests.
        for (golden, arguments) in [
            ("score-indicators-id", ["score", "--indicators"]), ("score-agency-id", ["score", "--agency", "bappeda"]),
            ("status-id", ["status", "--today", "2026-11-01"]),
            ("status-agency-id", ["status", "--today", "2026-11-01", "--agency", "bappeda"]),
            ("plan-id", ["plan"]), ("log-id", ["log"]),
            ("log-commits-id", ["log", "--commits", "cycle/2023..cycle/2024"]),
            ("diff-2024-2026-id", ["diff", "2024", "2026"]),
            ("blame-id", ["blame", "kota-contoh/I14", "--rev", "2024"]),
            ("blame-pemdi-id", ["blame", "kota-contoh/P17"]), ("lint-list-rules-id", ["lint", "--list-rules"]),
            ("form-id", ["form", "--agency", "bappeda"]), ("evidence-check-id", ["evidence"]),
            ("verify-id", ["verify", "--allow-unsigned"]), ("codeowners-id", ["codeowners"]),
        ] {
            cases.append(Case(golden, arguments + ["--lang", "id"]))
        }
        return cases
    }()

    /// The example history and, on branch `usulan`, a commit by Dinkes's admin that raises Bappeda's
    /// P07 from 3 to 5 without new evidence and cites `ftp://` addresses.
    static func exampleWithChange() throws -> GitFixture {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        let created = CLI.run(["init", folder, "--example"])
        try #require(created.status == .success, "spbe init --example: \(created.stderr)")
        let fixture = GitFixture(existing: folder)
        fixture.clock = 1_730_000_000
        let file = "assessments/kota-contoh/bappeda.json"
        let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "\"level\": 3,", with: "\"level\": 5,")
            .replacingOccurrences(of: "https://", with: "ftp://")
        try fixture.git(["checkout", "-q", "-b", "usulan"])
        try fixture.commit(
            "I13 naik", author: .init("Staf Dinkes", "staf@dinkes.kotacontoh.go.id"), files: [file: changed])
        try fixture.git(["checkout", "-q", "main"])
        return fixture
    }

    @Test func everyCommandAndFormat() throws {
        let fixture = try Self.exampleWithChange()
        for testCase in Self.cases {
            let run = CLI.run(testCase.arguments, in: fixture.path)
            #expect(run.status == testCase.status, "\(testCase): \(run.stderr)")
            #expect(run.stderr.isEmpty, "\(testCase): \(run.stderr)")
            // SARIF names the repository's folder, which is new on every run.
            let output = run.stdout.replacingOccurrences(of: fixture.path, with: "/REPOSITORY")
            let mismatch = Golden.mismatch(output, "example/" + testCase.golden + Self.suffix(testCase))
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }
    }

    /// `cycle open` writes into the working tree, so it runs on a fresh copy of the example.
    @Test func cycleOpen() throws {
        let fixture = try Self.exampleWithChange()
        for (golden, arguments) in [
            ("cycle-open-2027", ["cycle", "open", "2027"]),
            ("cycle-open-2028-id", ["cycle", "open", "2028", "--lang", "id"]),
        ] {
            let run = CLI.run(arguments, in: fixture.path)
            #expect(run.status == .success && run.stderr.isEmpty, "\(arguments): \(run.stderr)")
            let mismatch = Golden.mismatch(run.stdout, "example/\(golden).txt")
            #expect(mismatch == nil, "\(mismatch ?? "")")
            try fixture.git(["checkout", "-q", "--", "."])
        }
    }

    static func suffix(_ testCase: Case) -> String {
        let format = testCase.arguments.firstIndex(of: "--format").map { testCase.arguments[$0 + 1] }
        switch (testCase.arguments[0], format) {
        case ("report", _): return ".html"
        case (_, "json"), (_, "sarif"): return ".json"
        case (_, "markdown"): return ".md"
        case (_, "csv"): return ".csv"
        case (_, "junit"): return ".xml"
        default: return ".txt"
        }
    }
}

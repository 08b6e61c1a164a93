import Foundation
import FoundationXML
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// `spbe lint` end to end: a merge request with several authors, checked in every output format.
struct LintCommandTests {
    static let coordinator = GitFixture.Author("Tim SPBE", "koordinator@desa.go.id")
    static let sekretariat = GitFixture.Author("Sekretariat", "sek@desa.go.id")
    static let pelayanan = GitFixture.Author("Pelayanan", "pel@desa.go.id")

    /// main: the clean example repository. Then a merge request: the secretariat raises Q2 from 2 to 4 with no new
    /// evidence, the service agency edits the secretariat's file and breaks its own, and cites a missing file.
    static func mergeRequest() throws -> GitFixture {
        let fixture = try GitFixture()
        try fixture.write(ExampleRepository.baseline)
        try fixture.commit("baseline", author: coordinator)
        try fixture.git(["branch", "target"])
        let raised = ExampleRepository.baseline["assessments/desa/sekretariat.json"]!.replacingOccurrences(
            of: "\"level\": 2", with: "\"level\": 4")
        try fixture.commit("Naikkan Q2", author: sekretariat, files: ["assessments/desa/sekretariat.json": raised])
        let meddled = raised.replacingOccurrences(of: "rintisan", with: "rintisan awal")
        try fixture.commit(
            "Perbaiki teks sekretariat", author: pelayanan, files: ["assessments/desa/sekretariat.json": meddled])
        try fixture.commit(
            "Perbarui pelayanan", author: pelayanan,
            files: [
                "assessments/desa/pelayanan.json": """
                {"agency": "pelayanan", "cycle": "2026", "indicators": {
                  "Q3": {"level": 2, "explanation": "Fakta: portal ada.",
                         "evidence": [{"title": "Portal", "kind": "screenshot", "path": "evidence/portal.png"}]}}}
                """
            ])
        try fixture.commit("Rusak", author: pelayanan, files: ["assessments/desa/catatan.json": "{\"a\": 1,,}"])
        return fixture
    }

    @Test func textFindsEveryProblemAtItsPosition() throws {
        let fixture = try Self.mergeRequest()
        let run = CLI.run(["lint", "--base", "target"], in: fixture.path)
        #expect(run.status == .findings)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "assessments/desa/catatan.json:1:9: error: unexpected ',', expected a string key in double quotes [json-syntax]"
            ))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "assessments/desa/pelayanan.json:3:73: error: evidence file 'evidence/portal.png' does not exist in this revision"
                )
            })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "assessments/desa/sekretariat.json:3:19: error: 'Q2' rises from 2 to 4 without a changed explanation and evidence"
                )
            })
        #expect(
            lines.contains {
                $0.hasPrefix("assessments/desa/sekretariat.json:1:1: error: commit ")
                    && $0.contains("by Pelayanan <pel@desa.go.id> changes 'assessments/desa/sekretariat.json'")
                    && $0.hasSuffix("[unauthorized-change]")
            })
        #expect(
            lines.contains {
                $0.hasPrefix("assessments/desa/catatan.json: error: commit ")
                    && $0.contains("which only the coordinators of 'desa' may change")
            })
        #expect(!lines.contains { $0.contains("by Sekretariat") }, "the secretariat may change its own file")
        #expect(
            !lines.contains { $0.contains("changes 'assessments/desa/pelayanan.json'") },
            "the service agency may change its own file")
        #expect(
            lines.contains(
                "assessments/desa/sekretariat.json:3:19: warning: level 4 needs a review or evaluation 'report' dated between 2024-12-31 and 2026-12-31 [evidence-review-report]"
            ))
        #expect(lines.last == "5 error(s), 1 warning(s), 0 note(s) in 4 file(s) checked")
    }

    /// Paths are relative to the current folder, and one that matches nothing is a usage error, not a pass.
    @Test func pathsFromTheCurrentFolderAndMisspeltOnes() throws {
        let fixture = try CLI.exampleRepository()
        let scope = fixture.path + "/assessments/kota-contoh"
        try Data("{\"agency\": 1}".utf8).write(to: URL(fileURLWithPath: scope + "/bappeda.json"))
        let own = CLI.run(["lint", "--worktree", "bappeda.json"], in: scope)
        #expect(own.status == .findings && own.stdout.contains("assessments/kota-contoh/bappeda.json:1:"))
        let other = CLI.run(["lint", "--worktree", "dinkes.json"], in: scope)
        #expect(other.status == .success, "only dinkes.json's findings: \(other.stdout)")
        let misspelt = CLI.run(["lint", "--worktree", "bapeda.json"], in: scope)
        #expect(misspelt.status == .usage && misspelt.stderr.contains("'bapeda.json' matches no file in this revision"))
        #expect(CLI.run(["lint", "--worktree", "kota-contoh"], in: fixture.path).status == .findings, "a scope id")
    }

    /// Dates are calendar dates, in files and in options.
    @Test func impossibleDatesAreRefused() throws {
        let fixture = try CLI.exampleRepository()
        let file = fixture.path + "/assessments/kota-contoh/bappeda.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let wrong = text.replacingOccurrences(of: "\"date\": \"2023-02-06\"", with: "\"date\": \"2024-02-30\"")
        #expect(wrong != text)
        try Data(wrong.utf8).write(to: URL(fileURLWithPath: file))
        let lint = CLI.run(["lint", "--worktree"], in: fixture.path)
        #expect(
            lint.stdout.contains("error: '2024-02-30' is not a real date; write YYYY-MM-DD, e.g. 2024-06-30 [schema]"))
        for command in ["lint", "status"] {
            for date in ["2024-02-30", "2024-13-45", "24-1-1"] {
                let run = CLI.run([command, "--today", date], in: fixture.path)
                #expect(run.status == .usage && run.stderr.contains("'\(date)' is not a date for '--today'"))
            }
        }
        #expect(CLI.run(["lint", "--today", "2024-02-29"], in: fixture.path).status != .usage, "a leap day")
    }

    /// Before committing, the change-aware rules compare the working tree with HEAD.
    @Test func worktreeComparesAgainstHeadByDefault() throws {
        let fixture = try CLI.exampleRepository()
        let file = fixture.path + "/assessments/kota-contoh/bappeda.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let jumped = text.replacingOccurrences(of: "\"level\": 3,", with: "\"level\": 5,")
        #expect(jumped != text)
        try Data(jumped.utf8).write(to: URL(fileURLWithPath: file))
        let lint = CLI.run(["lint", "--worktree"], in: fixture.path)
        #expect(lint.status == .findings && lint.stdout.contains("[level-jump-unsupported]"), "\(lint.stdout)")
        #expect(!CLI.run(["lint"], in: fixture.path).stdout.contains("level-jump"), "a commit alone has no base")
    }

    @Test func withoutBaseOnlyTheRevisionIsChecked() throws {
        let fixture = try Self.mergeRequest()
        let run = CLI.run(["lint"], in: fixture.path)
        #expect(!run.stdout.contains("unauthorized-change"))
        #expect(!run.stdout.contains("level-jump-unsupported"))
        #expect(CLI.run(["lint", "--rev", "target"], in: fixture.path).status == .success)
        let limited = CLI.run(["lint", "assessments/desa/pelayanan.json"], in: fixture.path)
        #expect(
            limited.stdout.split(separator: "\n").dropLast().allSatisfy {
                $0.hasPrefix("assessments/desa/pelayanan.json")
            })
    }

    @Test func severityOverridesAndStrict() throws {
        let fixture = try Self.mergeRequest()
        let disabled = CLI.run(
            [
                "lint", "--disable", "json-syntax", "--disable", "evidence-path", "--disable", "file-outside-scope",
                "--severity", "evidence-review-report=note",
            ], in: fixture.path)
        #expect(disabled.status == .success, "\(disabled.stdout)")
        #expect(disabled.stdout.contains("note"))
        let strict = CLI.run(
            [
                "lint", "--strict", "--disable", "json-syntax", "--disable", "evidence-path", "--disable",
                "file-outside-scope",
            ], in: fixture.path)
        #expect(strict.status == .findings)
        #expect(CLI.run(["lint", "--disable", "no-such-rule"], in: fixture.path).status == .usage)
        #expect(CLI.run(["lint", "--severity", "schema=fatal"], in: fixture.path).status == .usage)
        #expect(CLI.run(["lint", "--today", "tomorrow"], in: fixture.path).status == .usage)
    }

    @Test func sarifParsesBackWithRulesRegionsAndCommit() throws {
        let fixture = try Self.mergeRequest()
        let run = CLI.run(["lint", "--base", "target", "--format", "sarif"], in: fixture.path)
        let document = try JSONParser().parse(Array(run.stdout.utf8)).root
        #expect(document["version"]?.string == "2.1.0")
        let sarifRun = try #require(document["runs"]?.elements?.first)
        #expect(sarifRun["tool"]?["driver"]?["rules"]?.elements?.count == LintRules.all.count)
        let head = try fixture.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(sarifRun["versionControlProvenance"]?.elements?.first?["revisionId"]?.string == head)
        let results = try #require(sarifRun["results"]?.elements)
        #expect(results.count == 6)
        let syntax = try #require(results.first { $0["ruleId"]?.string == "json-syntax" })
        let region = syntax["locations"]?.elements?.first?["physicalLocation"]?["region"]
        #expect(region?["startLine"]?.number?.intValue == 1 && region?["startColumn"]?.number?.intValue == 9)
        #expect(
            syntax["locations"]?.elements?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.string
                == "assessments/desa/catatan.json")
    }

    @Test func junitParsesBack() throws {
        let fixture = try Self.mergeRequest()
        let run = CLI.run(["lint", "--base", "target", "--format", "junit"], in: fixture.path)
        let xml = try XMLDocument(data: Data(run.stdout.utf8))
        let suite = try #require(try xml.nodes(forXPath: "/testsuites/testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "tests")?.stringValue == "4")
        #expect(suite.attribute(forName: "failures")?.stringValue == "3")
        let failures = try xml.nodes(forXPath: "//testcase/failure")
        #expect(failures.count == 3)
        let passing = try xml.nodes(forXPath: "//testcase[@name='assessments/desa/instansi.json']")
        #expect(passing.count == 1 && (passing.first as? XMLElement)?.childCount == 0)
    }

    @Test func githubAnnotationsAndJSON() throws {
        let fixture = try Self.mergeRequest()
        let github = CLI.run(["lint", "--base", "target", "--format", "github"], in: fixture.path)
        #expect(
            github.stdout.contains(
                "::error file=assessments/desa/catatan.json,line=1,col=9,title=spbe json-syntax::unexpected ',', expected a string key in double quotes\n"
            ))
        #expect(
            github.stdout.contains(
                "::warning file=assessments/desa/sekretariat.json,line=3,col=19,title=spbe evidence-review-report::level 4 needs"
            ))
        let json = CLI.run(["lint", "--base", "target", "--format", "json"], in: fixture.path)
        let document = try JSONParser().parse(Array(json.stdout.utf8)).root
        #expect(document["summary"]?["errors"]?.number?.intValue == 5)
        let unauthorized = document["findings"]?.elements?.first { $0["rule"]?.string == "unauthorized-change" }
        #expect(unauthorized?["commit"]?.string?.count == 40)
    }

    @Test func projectExampleIsClean() throws {
        let fixture = try CLI.exampleRepository()
        let run = CLI.run(["lint"], in: fixture.path)
        #expect(run.status == .success, "\(run.stdout)")
        #expect(CLI.run(["lint", "--worktree"], in: fixture.path).status == .success)
    }

    @Test func listRules() {
        let run = CLI.run(["lint", "--list-rules"])
        #expect(run.status == .success)
        for rule in LintRules.all { #expect(run.stdout.contains(rule.id)) }
    }
}

import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// `report`, `plan`, `codeowners` and `completion` on the example history.
struct CoordinatorToolsTests {
    static func example() throws -> String {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        return folder
    }

    @Test func reportIsSelfContainedAndIndonesianByDefault() throws {
        let folder = try Self.example()
        let run = CLI.run(["report"], in: folder, environment: ["LANG": "en_US.UTF-8"])
        #expect(run.status == .success, "\(run.stderr)")
        let html = run.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"id\">"))
        #expect(html.contains("Laporan evaluasi SPBE / Pemerintah Digital") && html.contains("Tindak lanjut terbuka"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 3, "band scale, bars, trend")
        #expect(
            !html.contains("src=") && !html.contains("href=") && !html.contains("@import") && !html.contains("url("),
            "no external assets")
        #expect(
            html.contains(">2.87<") && html.contains(">3.85<") && html.contains(">2.83<") && html.contains(">3.42<"),
            "the index and the trend")
        #expect(html.contains("Perubahan terbesar sejak cycle/2024") && html.contains("kerangka berganti"))
        #expect(
            html.contains("Indeks SPBE (spbe-2020)") && html.contains("Indeks Pemdi (pemdi-2026)"),
            "the trend names each side of the switch")
        #expect(html.contains("Berkembang"), "the Pemdi maturity label")
        #expect(html.contains("@media print"))
        let english = CLI.run(["report", "--lang", "en", "--rev", "2024"], in: folder).stdout
        #expect(
            english.contains("Digital government maturity report")
                && english.contains("Largest changes since cycle/2023"))
        #expect(!english.contains("Indeks SPBE (spbe-2020)"), "one framework: no labels on the trend")
        let out = folder + "/laporan.html"
        #expect(CLI.run(["report", "--out", out, "--rev", "2023"], in: folder).status == .success)
        let older = try String(contentsOfFile: out, encoding: .utf8)
        #expect(older.contains(">3.42<") && !older.contains(">3.85<"))
    }

    @Test func planNamesStepsAgenciesAndIndices() throws {
        let folder = try Self.example()
        let run = CLI.run(["plan", "--rev", "2023", "--format", "json"], in: folder)
        let scope = try #require(try JSONParser().parse(Array(run.stdout.utf8)).root["scopes"]?.elements?.first)
        #expect(scope["goal"]?["kind"]?.string == "target")
        let steps = try #require(scope["steps"]?.elements)
        #expect(steps.count == 3)
        #expect(steps.last?["indexAfter"]?["exact"]?.string == "701/200")
        #expect(steps.allSatisfy { $0["to"]?.number?.intValue == ($0["from"]?.number?.intValue ?? 0) + 1 })
        let band = CLI.run(["plan", "--rev", "2024", "--format", "json"], in: folder).stdout
        #expect(band.contains("\"predikat\": \"Memuaskan\""), "2024 is past the manifest's target, so the next band")
        #expect(CLI.run(["plan", "--target", "abc"], in: folder).status == .usage)
        #expect(CLI.run(["plan", "--target", "3.9"], in: folder).stdout.contains("goal: index 3.9"))
        #expect(CLI.run(["plan", "--target", "2.5"], in: folder).stdout.contains("the goal is already reached"))
        // Pemdi 2026 (2.8657): steps of one level from decimal values; the last of an indicator stops at 5.
        let pemdi = CLI.run(["plan", "--target", "3.1", "--format", "json"], in: folder)
        let plan = try #require(try JSONParser().parse(Array(pemdi.stdout.utf8)).root["scopes"]?.elements?.first)
        let pemdiSteps = try #require(plan["steps"]?.elements)
        #expect(pemdiSteps.map { $0["indicator"]?.string ?? "" } == ["P20", "P20"])
        #expect(pemdiSteps.map { $0["to"]?.number?.literal ?? "" } == ["4.2", "5"])
        #expect(pemdiSteps.last?["indexAfter"]?["exact"]?.string == "31357/10000", "2.8657 + 0.15 + 0.12")
    }

    @Test func codeownersListsEveryAgencyFile() throws {
        let folder = try Self.example()
        let github = CLI.run(["codeowners"], in: folder).stdout
        #expect(github.contains("/schemas/ tim.spbe@kotacontoh.go.id\n"))
        #expect(
            github.contains(
                "/assessments/kota-contoh/bappeda.json spbe.bappeda@kotacontoh.go.id tim.spbe@kotacontoh.go.id\n"))
        #expect(github.split(separator: "\n").filter { $0.hasPrefix("/assessments/kota-contoh/") }.count == 13)
        #expect(CLI.run(["codeowners", "--format", "gitlab"], in: folder).stdout.contains("[kota-contoh]"))
    }

    /// The bash script, sourced in a real bash inside the example repository, completes what the declarations say.
    @Test func completionCompletesFromTheDeclarations() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let run = CLI.run(["completion", "bash"])
        #expect(run.status == .success)
        let script = try GitFixture.temporaryFolder() + "/spbe.bash"
        try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: script))
        func complete(_ line: String) throws -> [String] {
            let words = line.split(separator: " ", omittingEmptySubsequences: false).map { "'\($0)'" }
            let bash = Process()
            bash.executableURL = URL(fileURLWithPath: "/bin/bash")
            bash.currentDirectoryURL = URL(fileURLWithPath: folder)
            bash.arguments = [
                "-c",
                "source '\(script)'; COMP_WORDS=(\(words.joined(separator: " "))); COMP_CWORD=\(words.count - 1); _spbe; printf '%s\\n' \"${COMPREPLY[@]}\"",
            ]
            let pipe = Pipe()
            bash.standardOutput = pipe
            try bash.run()
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            bash.waitUntilExit()
            return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        #expect(try complete("spbe li") == ["lint"])
        #expect(try complete("spbe cycle ") == ["open"])
        #expect(try complete("spbe evidence add --k") == ["--kind"])
        #expect(try complete("spbe evidence --k").isEmpty, "--kind belongs to evidence add only")
        #expect(try complete("spbe lint --format s") == ["sarif"])
        #expect(try Set(complete("spbe log ")).isSuperset(of: ["2022", "2023", "2024", "2026"]), "cycle names")
        #expect(try complete("spbe diff 2026 202").contains("2024"), "the second revision too")
        #expect(try complete("spbe score --scope ") == ["kota-contoh"])
        #expect(try complete("spbe -C . --lang id score --sc") == ["--scope"], "options before the command")
        #expect(try Set(complete("spbe -C. sc")) == ["scope", "score"])
        #expect(try complete("spbe scope ") == ["add"], "a group completes its subcommands")
        #expect(try complete("spbe diff -C. 2026 202").contains("2024"), "an attached -C is no argument")
        #expect(try complete("spbe plan --agency bap") == ["bappeda"])
        #expect(try complete("spbe cycle open 2027 --framework ") == ["pemdi-2026", "spbe-2020"])
        #expect(try complete("spbe lint --disable level-ab") == ["level-above-evidence"])
        #expect(try complete("spbe completion ") == ["bash", "zsh", "fish"])
        let fish = CLI.run(["completion", "fish"])
        #expect(fish.status == .success && fish.stdout.contains("-l kind -x -a"))
        #expect(fish.stdout.contains("-n __fish_use_subcommand -a cycle"), "a group is offered by its name")
        if let shell = ["/usr/bin/fish", "/bin/fish"].first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        {
            let file = try GitFixture.temporaryFolder() + "/spbe.fish"
            try Data(fish.stdout.utf8).write(to: URL(fileURLWithPath: file))
            let check = Process()
            check.executableURL = URL(fileURLWithPath: shell)
            check.arguments = ["-n", file]
            try check.run()
            check.waitUntilExit()
            #expect(check.terminationStatus == 0, "fish -n accepts the script")
        } else {
            print("◇ fish is not installed: the fish script's syntax is not checked")
        }
        #expect(CLI.run(["completion", "tcsh"]).status == .usage)
    }
}

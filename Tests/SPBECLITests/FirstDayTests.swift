import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// Mid-cycle history, today's date for overdue follow-ups, prepared files that are not reviews, and a scope
/// that does not exist.
struct FirstDayTests {
    @Test func midCycleLogAndDiffIncludeHead() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let fixture = GitFixture(existing: folder)
        #expect(!CLI.run(["log"], in: folder).stdout.contains("HEAD"), "HEAD is the last cycle tag")
        let file = "assessments/kota-contoh/bappeda.json"
        let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        try fixture.commit(
            "Perbaikan", author: .init("Admin", "spbe.bappeda@kotacontoh.go.id"),
            files: [file: text.replacingOccurrences(of: "\"level\": 3.5,", with: "\"level\": 3.75,")])
        let log = CLI.run(["log", "--format", "csv"], in: folder).stdout.split(separator: "\n")
        #expect(log.last?.hasPrefix("kota-contoh,HEAD,") == true && log.last?.hasSuffix(",+0.0125") == true, "\(log)")
        let diff = CLI.run(["diff"], in: folder).stdout
        #expect(diff.contains("cycle/2026 → HEAD  2.87 → 2.88  (exact +0.0125)"), "\(diff)")
        let nope = CLI.run(["log", "--scope", "nope"], in: folder)
        #expect(nope.status == .failure && nope.stderr.contains("no scope 'nope'"))
    }

    @Test func statusJudgesOverdueAgainstTodayAndPreparedFilesAreNotReviews() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        // 2024's follow-ups were due in 2025: overdue by today's date, not by the cycle's end.
        let status = CLI.run(["status", "--rev", "2024", "--format", "json"], in: folder).stdout
        let overdue = try JSONParser().parse(Array(status.utf8)).root["scopes"]?.elements?.first?["agencies"]?.elements
        #expect((overdue ?? []).contains { ($0["overdueFollowUps"]?.number?.intValue ?? 0) > 0 })
        let fresh = try GitFixture.temporaryFolder() + "/baru"
        #expect(CLI.run(["init", fresh, "--coordinator-email", "tim@kota.go.id"]).status == .success)
        let first = CLI.run(["status", "--format", "json"], in: fresh).stdout
        let agency = try JSONParser().parse(Array(first.utf8)).root["scopes"]?.elements?.first?["agencies"]?.elements?
            .first
        #expect(agency?["reviewed"]?.bool == false, "the file init wrote is not the agency's review: \(first)")
    }

    @Test func consistentMessagesAndFormats() throws {
        let folder = try GitFixture.temporaryFolder()
        let missing = CLI.run(["-C", folder + "/nonexistent", "score"])
        #expect(missing.status == .failure && missing.stderr.contains("folder '\(folder)/nonexistent' does not exist"))
        let fresh = folder + "/baru"
        #expect(CLI.run(["init", fresh, "--coordinator-email", "tim@kota.go.id"]).status == .success)
        let report = CLI.run(["report", "--out", "/no/such/dir/r.html"], in: fresh)
        #expect(report.status == .failure && report.stderr.contains("folder '/no/such/dir' does not exist"))
        let rules = try JSONParser().parse(Array(CLI.run(["lint", "--list-rules", "--format", "json"]).stdout.utf8))
        #expect(rules.root["rules"]?.elements?.count == LintRules.all.count)
        let example = folder + "/contoh"
        #expect(CLI.run(["init", example, "--example"]).status == .success)
        let logJSON = CLI.run(["log", "--format", "json"], in: example).stdout
        #expect(logJSON.contains("\"display\": \"+0.585\""), "the JSON shows what the text shows")
        let log = CLI.run(["log"], in: fresh).stdout
        #expect(log.contains(" !") && log.contains("! incomplete: some indicators were not assessed"), "\(log)")
    }

    /// From an empty clone to a first scored and tagged cycle, following the README `init` writes, step by step.
    @Test func theReadmeInitWritesLeadsToAScoredTaggedCycle() throws {
        let fixture = try GitFixture()
        let folder = fixture.path
        let coordinator = GitFixture.Author("Tim Koordinasi", "tim@kota.go.id")
        let init_ = CLI.run(
            ["init", ".", "--coordinator-name", coordinator.name, "--coordinator-email", coordinator.email], in: folder)
        #expect(init_.status == .success, "an empty clone: \(init_.stderr)")
        let readme = try String(contentsOfFile: folder + "/README.md", encoding: .utf8)
        let scope = URL(fileURLWithPath: folder).lastPathComponent.lowercased()
            .split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
        #expect(readme.contains("`assessments/\(scope)/<id-perangkat-daerah>.json`"))
        #expect(readme.contains("1.00-5.00, paling banyak 2 angka desimal"), "the framework of this year's cycle")
        #expect(FileManager.default.fileExists(atPath: folder + "/.gitignore"))
        #expect(try fixture.git(["log", "--format=%ae"]) == "tim@kota.go.id\n", "the coordinator's own identity")

        // The coordinator shares out the indicators (the manifest names the agencies and their maintainers).
        let manifestPath = "assessments/\(scope)/instansi.json"
        var manifest = try String(contentsOfFile: folder + "/" + manifestPath, encoding: .utf8)
        manifest = manifest.replacingOccurrences(of: "spbe.diskominfo@example.invalid", with: "kominfo@kota.go.id")
        for id in ["P05", "P06", "P07"] { manifest = manifest.replacingOccurrences(of: "\"\(id)\",\n", with: "") }
        manifest = manifest.replacingOccurrences(
            of: "\"agencies\": {",
            with: """
                "agencies": {
                    "bappeda": {"name": "Bappeda", "maintainers": ["bappeda@kota.go.id"], "indicators": ["P05", "P06", "P07"]},
                """)
        try fixture.commit("Bagi indikator", author: coordinator, files: [manifestPath: manifest])
        #expect(CLI.run(["lint"], in: folder).stdout.contains("0 error(s)"), "the shared-out manifest is valid")
        try Data([0, 1, 2]).write(to: URL(fileURLWithPath: folder + "/assessments/\(scope)/.DS_Store"))
        #expect(!CLI.run(["lint", "--worktree"], in: folder).stdout.contains("unexpected-entry"), "git ignores it")

        // Each agency fills in its file (README steps 1-4) and commits with its own email (step 5).
        func assess(_ agency: String, _ email: String, _ indicators: [String], value: String) throws {
            let entries = indicators.map { id in
                "\"\(id)\": {\"level\": \(value), \"explanation\": \"Fakta: ada. Analisis: memadai.\"}"
            }
            let file = "assessments/\(scope)/\(agency).json"
            let text = """
                {"$schema": "../../schemas/assessment.schema.json", "agency": "\(agency)", "cycle": "2026",
                 "indicators": {\(entries.joined(separator: ", "))}}
                """
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file))
            try FileManager.default.createDirectory(
                atPath: folder + "/evidence/\(agency)", withIntermediateDirectories: true)
            for id in indicators {
                let evidence = "evidence/\(agency)/sk-\(id.lowercased()).txt"
                try Data("SK \(id)\n".utf8).write(to: URL(fileURLWithPath: folder + "/" + evidence))
                let add = CLI.run(["evidence", "add", "\(scope)/\(id)", evidence, "--kind", "decree"], in: folder)
                #expect(add.status == .success, "\(add.stderr)")
                try fixture.git(["add", evidence])
            }
            let lint = CLI.run(["lint", "--worktree"], in: folder)
            #expect(lint.stdout.contains("0 error(s)"), "\(agency): \(lint.stdout)")
            try fixture.git(["add", "-A"])
            try fixture.git(["commit", "-q", "-m", "Penilaian mandiri \(agency)"], author: .init(agency, email))
        }
        try assess("bappeda", "bappeda@kota.go.id", ["P05", "P06", "P07"], value: "3.5")
        let others = (1...20).map { String(format: "P%02d", $0) }.filter { !["P05", "P06", "P07"].contains($0) }
        try assess("diskominfo", "kominfo@kota.go.id", others, value: "3")

        // The agencies' changes are judged against the manifest that shared the indicators out (merged first).
        let ownership = CLI.run(["lint", "--base", "HEAD~2"], in: folder)
        #expect(!ownership.stdout.contains("unauthorized-change"), "\(ownership.stdout)")
        let score = CLI.run(["score", "--format", "csv"], in: folder)
        #expect(score.status == .success && score.stdout.contains(",pemdi-2026,2026,3.06,611/200,Baik,true,20,false,"))
        try fixture.git(["tag", "-a", "cycle/2026", "-m", "Siklus 2026"])
        #expect(CLI.run(["log", "--format", "csv"], in: folder).stdout.contains(",cycle/2026,"))
    }

    @Test func afterCycleOpenTheWorkingTreeCountsFromTheLastTag() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        try Data("<html/>".utf8).write(to: URL(fileURLWithPath: folder + "/laporan.html"))
        #expect(CLI.run(["cycle", "open", "2028"], in: folder).status == .success, "a stray report does not block it")
        let status = CLI.run(["status", "--worktree"], in: folder).stdout
        #expect(
            status.contains("reviews counted since cycle/2026") && !status.contains("bappeda            yes"),
            "\(status)")
        let lint = CLI.run(["lint", "--worktree"], in: folder).stdout
        #expect(!lint.contains("as of 2028-12-31"), "follow-ups are judged today, not at the new cycle's end: \(lint)")
        // No keys listed: the tags cannot be checked, which fails and says why, unless that is allowed.
        let verify = CLI.run(["verify"], in: folder)
        #expect(verify.status == .findings && verify.stdout.contains("lists no signing keys"), "\(verify.stdout)")
        #expect(CLI.run(["verify", "--allow-unsigned"], in: folder).status == .success)
    }
}

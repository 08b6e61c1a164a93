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
        #expect(CLI.run(["init", fresh]).status == .success)
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
        #expect(CLI.run(["init", fresh]).status == .success)
        let report = CLI.run(["report", "--out", "/no/such/dir/r.html"], in: fresh)
        #expect(report.status == .failure && report.stderr.contains("folder '/no/such/dir' does not exist"))
        let rules = try JSONParser().parse(Array(CLI.run(["lint", "--list-rules", "--format", "json"]).stdout.utf8))
        #expect(rules.root["rules"]?.elements?.count == LintRules.all.count)
        let log = CLI.run(["log"], in: fresh).stdout
        #expect(log.contains(" !") && log.contains("! incomplete: some indicators were not assessed"), "\(log)")
    }
}

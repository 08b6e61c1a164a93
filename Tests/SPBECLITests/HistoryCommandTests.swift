import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// `diff`, `log`, `blame` and `status` on the three-cycle history of `HistoryFixture`.
struct HistoryCommandTests {
    static func json(_ text: String) throws -> JSONNode { try JSONParser().parse(Array(text.utf8)).root }

    static func exact(_ node: JSONNode?) -> String? { node?["exact"]?.string }

    @Test func diffAttributesTheChangeExactly() throws {
        let fixture = try HistoryFixture.build()
        let run = CLI.run(["diff", "2024", "2025", "--format", "json"], in: fixture.path)
        #expect(run.status == .success, "\(run.stderr)")
        let scope = try #require(try Self.json(run.stdout)["scopes"]?.elements?.first)
        #expect(Self.exact(scope["old"]?["index"]) == "19/10")
        #expect(Self.exact(scope["new"]?["index"]) == "33/10")
        #expect(scope["old"]?["predikat"]?.string == "Rendah" && scope["new"]?["predikat"]?.string == "Tinggi")
        #expect(Self.exact(scope["change"]) == "7/5")
        #expect(scope["frameworkChanged"]?.bool == false)
        let indicators = try #require(scope["indicators"]?.elements)
        #expect(indicators.map { $0["id"]?.string } == ["Q3", "Q1"], "ranked by contribution")
        #expect(indicators.map { Self.exact($0["contribution"]) } == ["6/5", "1/5"])
        let sum = indicators.compactMap { Self.exact($0["contribution"]) }.map(Self.rational).reduce(Rational.zero, +)
        #expect(sum == Rational(7, 5))
        let agencies = try #require(scope["agencies"]?.elements)
        #expect(agencies.map { $0["id"]?.string } == ["pelayanan", "sekretariat"])
        #expect(
            agencies[1]["evidenceAdded"]?.number?.intValue == 1 && agencies[1]["evidenceRemoved"]?.number?.intValue == 1
        )
        #expect(agencies[1]["explanationsChanged"]?.number?.intValue == 1)
    }

    @Test func diffSplitsAFrameworkChange() throws {
        let fixture = try HistoryFixture.build()
        let run = CLI.run(["diff", "--format", "json"], in: fixture.path)
        let document = try Self.json(run.stdout)
        #expect(
            document["old"]?["revision"]?.string == "cycle/2025" && document["new"]?["revision"]?.string == "cycle/2026"
        )
        let scope = try #require(document["scopes"]?.elements?.first)
        #expect(scope["frameworkChanged"]?.bool == true)
        #expect(Self.exact(scope["change"]) == "3/10")
        #expect(Self.exact(scope["dataChange"]) == "1/10")
        #expect(Self.exact(scope["frameworkChange"]) == "1/5")
        #expect(scope["indicators"]?.elements?.map { $0["id"]?.string } == ["Q2"])
        #expect(scope["agenciesAdded"]?.elements?.map(\.string) == ["layanan-publik"])
        #expect(scope["agenciesRemoved"]?.elements?.map(\.string) == ["pelayanan"])
        #expect(scope["moves"]?.elements?.first?["to"]?.string == "layanan-publik")
        let text = CLI.run(["diff"], in: fixture.path).stdout
        #expect(text.contains("cycle/2025 → cycle/2026  3.300 → 3.600  (exact +0.3)  Tinggi → Tinggi"))
        #expect(text.contains("framework file changed: +0.1 from the assessments, +0.2 from the framework"))
        #expect(
            CLI.run(["diff", "--format", "markdown"], in: fixture.path).stdout.contains(
                "| Desa Uji (`desa-uji`) | 3.300 | 3.600 | +0.3 | Tinggi → Tinggi |"))
    }

    @Test func logShowsEveryCycle() throws {
        let fixture = try HistoryFixture.build()
        let csv = CLI.run(["log", "--format", "csv"], in: fixture.path).stdout.split(separator: "\n").map(String.init)
        #expect(csv.count == 4)
        #expect(csv[1].hasPrefix("desa-uji,cycle/2024,") && csv[1].hasSuffix(",1.900,19/10,Rendah,mini-2026,true,"))
        #expect(csv[2].hasSuffix(",3.300,33/10,Tinggi,mini-2026,true,+1.4"))
        #expect(csv[3].hasSuffix(",3.600,18/5,Tinggi,mini-2026,true,+0.3"))
        let text = CLI.run(["log"], in: fixture.path).stdout
        #expect(text.contains("cycle/2025") && text.contains("█"))
        let commits = CLI.run(["log", "--commits", "--format", "json"], in: fixture.path)
        let rows = try #require(try Self.json(commits.stdout)["scopes"]?.elements?.first?["rows"]?.elements)
        #expect(rows.count == 7, "every commit that touched assessments/")
        let ranged = CLI.run(["log", "--commits", "cycle/2025..", "--format", "csv"], in: fixture.path).stdout
        #expect(ranged.split(separator: "\n").count == 3)
    }

    @Test func blameFollowsTheIndicatorAcrossARename() throws {
        let fixture = try HistoryFixture.build()
        let run = CLI.run(["blame", "desa-uji/Q3", "--format", "json"], in: fixture.path)
        #expect(run.status == .success, "\(run.stderr)")
        let changes = try #require(try Self.json(run.stdout)["changes"]?.elements)
        // The rename to layanan-publik.json changed no level, so it is not a change of Q3.
        #expect(changes.map { $0["author"]?["name"]?.string } == ["Tim Desa", "Staf Pelayanan", "Tim Desa"])
        #expect(changes.map { $0["new"]?["level"]?.number?.intValue } == [2, 4, 4])
        #expect(changes.map { $0["cycle"]?.string } == ["2024", "2025", "2025"])
        #expect(changes[2]["what"]?.elements?.map(\.string) == ["assessor"])
        let withText = try #require(
            try Self.json(
                CLI.run(["blame", "desa-uji/Q3", "--all", "--rev", "cycle/2026", "--format", "json"], in: fixture.path)
                    .stdout)["changes"]?.elements)
        #expect(withText.count == 3)
        let levelOnly = CLI.run(["blame", "desa-uji/Q1"], in: fixture.path).stdout
        #expect(levelOnly.contains("1 → 3") && levelOnly.contains("Staf Sekretariat <staf.sek@desa.go.id>"))
        #expect(CLI.run(["blame", "desa-uji/Q9"], in: fixture.path).status == .failure)
        #expect(CLI.run(["blame", "Q1"], in: fixture.path).status == .usage)
    }

    @Test func statusPutsTheAgencyThatDidNotReviewFirst() throws {
        let fixture = try HistoryFixture.build()
        let run = CLI.run(["status", "--format", "json", "--today", "2026-07-01"], in: fixture.path)
        #expect(run.status == .success, "\(run.stderr)")
        let scope = try #require(try Self.json(run.stdout)["scopes"]?.elements?.first)
        #expect(scope["previousCycleTag"]?.string == "cycle/2025")
        let agencies = try #require(scope["agencies"]?.elements)
        #expect(agencies.map { $0["id"]?.string } == ["layanan-publik", "sekretariat"])
        #expect(agencies[0]["reviewed"]?.bool == false, "renamed but not reviewed for 2026")
        #expect(agencies[1]["reviewed"]?.bool == true)
        #expect(agencies[0]["overdueFollowUps"]?.number?.intValue == 1)
        #expect(agencies[0]["lintWarnings"]?.number?.intValue ?? 0 >= 1, "stale cycle")
        #expect(agencies[1]["lastCommit"]?["author"]?.string == "Staf Sekretariat")
        let text = CLI.run(["status", "--today", "2026-07-01"], in: fixture.path).stdout
        #expect(text.contains("layanan-publik") && text.contains("NO"))
    }

    static func rational(_ text: String) -> Rational {
        let parts = text.split(separator: "/").compactMap { Int($0) }
        return parts.count == 2 ? Rational(parts[0], parts[1]) : Rational(parts.first ?? 0)
    }
}

struct IndonesianStatusTests {
    /// The lint column is words in Indonesian, not `0E 1W`.
    @Test func theLintColumnInWords() throws {
        let (folder, fixture) = try SpreadsheetCommandTests.example()
        defer { withExtendedLifetime(fixture) {} }
        let status = CLI.run(["status", "--lang", "id"], in: folder)
        #expect(status.stdout.contains(" galat, ") && status.stdout.contains(" peringatan"))
        #expect(!status.stdout.contains("0E 0W"))
        #expect(CLI.run(["status", "--lang", "en"], in: folder).stdout.contains("0E 0W"))
    }

    @Test func theCodeownersHeaderInIndonesian() throws {
        let (folder, fixture) = try SpreadsheetCommandTests.example()
        defer { withExtendedLifetime(fixture) {} }
        #expect(
            CLI.run(["codeowners", "--lang", "id"], in: folder).stdout.hasPrefix(
                "# Dibuat oleh `spbe codeowners` dari manifes"))
    }
}

struct OneCycleDiffTests {
    /// With one cycle tag: at HEAD, diff says what to do; once work goes on, it compares the tag with HEAD.
    @Test func diffWithOneCycleTag() throws {
        let folder = try GitFixture.temporaryFolder() + "/kota-baru"
        #expect(CLI.run(["init", folder, "--coordinator-email", "tim@kota-baru.go.id"]).status == .success)
        let fixture = GitFixture(existing: folder)
        _ = try fixture.git(["tag", "-a", "cycle/2026", "-m", "Siklus 2026"])
        let atTag = CLI.run(["diff"], in: folder)
        #expect(atTag.status == .failure)
        #expect(atTag.stderr.contains("give two revisions (spbe diff A B), or tag at least two review cycles"))
        #expect(atTag.stderr.contains("in a first cycle, 'spbe log --commits' shows how each commit moved the index"))
        let report = CLI.run(["report", "--out", "-"], in: folder).stdout
        #expect(report.contains("cycle/2026 · commit"), "a tagged HEAD is headed by its cycle")
        try Data("catatan\n".utf8).write(to: URL(fileURLWithPath: folder + "/catatan.txt"))
        try fixture.commit("Catatan")
        let past = CLI.run(["diff"], in: folder)
        #expect(past.status == .success && past.stdout.contains("cycle/2026 → HEAD"), "\(past.stdout)\(past.stderr)")
    }
}

struct LogHeadingTests {
    /// `log --commits` heads a scope with the name it has now, not the name of the range's first commit.
    @Test func aRenamedInstansiIsHeadedByItsCurrentName() throws {
        let folder = try GitFixture.temporaryFolder() + "/kota-baru"
        #expect(CLI.run(["init", folder, "--coordinator-email", "tim@kota-baru.go.id"]).status == .success)
        let fixture = GitFixture(existing: folder)
        let path = folder + "/assessments/kota-baru/instansi.json"
        let renamed = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: "\"Pemerintah Kota Baru\"", with: "\"Pemerintah Kota Baru Sejahtera\"")
        try renamed.write(toFile: path, atomically: true, encoding: .utf8)
        try fixture.commit("Nama resmi")
        for format in ["text", "markdown"] {
            let log = CLI.run(["log", "--commits", "--format", format], in: folder).stdout
            #expect(log.contains("Pemerintah Kota Baru Sejahtera"), "\(format): \(log)")
        }
    }
}

struct StatusAfterTheTagTests {
    /// Tagging the cycle closes it: `status --worktree` on the clean tree counts reviews as `status` does, not since
    /// the tag it was just given.
    @Test func theWorktreeAgreesWithHeadOnTheTaggedCycle() throws {
        let folder = try GitFixture.temporaryFolder() + "/kota-baru"
        #expect(CLI.run(["init", folder, "--coordinator-email", "tim@kota-baru.go.id"]).status == .success)
        let fixture = GitFixture(existing: folder, owned: false)
        try Data(
            #"{"agency": "diskominfo", "cycle": "2026", "indicators": {"P01": {"level": 1, "explanation": "F."}}}"#.utf8
        )
        .write(to: URL(fileURLWithPath: folder + "/assessments/kota-baru/diskominfo.json"))
        try fixture.commit("Reviu diskominfo")
        _ = try fixture.git(["tag", "-a", "cycle/2026", "-m", "Siklus 2026"])
        let head = CLI.run(["status", "--format", "csv"], in: folder).stdout
        let worktree = CLI.run(["status", "--worktree", "--format", "csv"], in: folder).stdout
        #expect(head == worktree, "HEAD:\n\(head)\nworktree:\n\(worktree)")
    }
}

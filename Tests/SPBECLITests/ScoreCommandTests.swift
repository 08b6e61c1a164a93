import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// `spbe score` end to end on repositories built at test time, compared with golden files.
struct ScoreCommandTests {
    @Test(arguments: [
        (["score"], "score-text.txt"),
        (["score", "--indicators"], "score-indicators.txt"),
        (["score", "--format", "json"], "score-json.json"),
        (["score", "--format", "markdown"], "score-markdown.md"),
        (["score", "--format", "csv"], "score-csv.csv"),
        (["score", "--format", "csv", "--indicators"], "score-indicators.csv"),
        (["score", "--lang", "id", "--stage", "self"], "score-self-id.txt"),
    ])
    func exampleRepositoryFormats(_ arguments: [String], _ golden: String) throws {
        let fixture = try CLI.exampleRepository()
        let run = CLI.run(arguments, in: fixture.path)
        #expect(run.status == .success, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(Golden.mismatch(run.stdout, golden) == nil, "\(Golden.mismatch(run.stdout, golden) ?? "")")
    }

    @Test func exampleMatchesKotaPekanbaru2023() throws {
        let fixture = try CLI.exampleRepository()
        let run = CLI.run(["score", "--format", "csv"], in: fixture.path)
        let row = try #require(run.stdout.split(separator: "\n").last)
        #expect(row.hasSuffix("3.42,683/200,Baik,true,47,false,5.00,3.00,1.73,3.80,"), "no predikat note")
    }

    @Test func oldCommitsUseTheirOwnFramework() throws {
        let fixture = try CLI.miniRepository()
        let text = try String(contentsOfFile: fixture.path + "/schemas/frameworks/mini-2026.json", encoding: .utf8)
        try fixture.commit(
            "reweigh",
            files: [
                "schemas/frameworks/mini-2026.json": text.replacingOccurrences(
                    of: "\"weight\": 1 }", with: "\"weight\": 9 }"
                )
                .replacingOccurrences(of: "\"weight\": 3 }", with: "\"weight\": -5 }")
            ])
        // The reweighed file is invalid (negative weight): scoring HEAD must say so, HEAD~1 must still score.
        let broken = CLI.run(["score"], in: fixture.path)
        #expect(broken.status == .failure)
        #expect(broken.stderr.contains("framework file 'schemas/frameworks/mini-2026.json' is invalid"))
        try fixture.commit(
            "reweigh properly",
            files: [
                "schemas/frameworks/mini-2026.json": text.replacingOccurrences(
                    of: "\"Indikator satu\", \"weight\": 1", with: "\"Indikator satu\", \"weight\": 3"
                )
                .replacingOccurrences(of: "\"Indikator dua\", \"weight\": 3", with: "\"Indikator dua\", \"weight\": 1")
            ])
        let old = CLI.run(["score", "--rev", "HEAD~2", "--format", "csv"], in: fixture.path)
        let new = CLI.run(["score", "--format", "csv"], in: fixture.path)
        #expect(old.stdout.contains("desa-uji,Desa Uji,mini-2026,2026,2.900,29/10,Rendah,true,3"))
        #expect(new.stdout.contains("desa-uji,Desa Uji,mini-2026,2026,2.700,27/10,Rendah,true,3"))
        let selfStage = CLI.run(["score", "--rev", "HEAD~2", "--stage", "self", "--format", "csv"], in: fixture.path)
        #expect(selfStage.stdout.contains("3.500,7/2,Tinggi"))
    }

    @Test func incompleteScopeAndInvalidFile() throws {
        let fixture = try CLI.miniRepository()
        try fixture.commit(
            "break", files: ["assessments/desa-uji/pelayanan.json": "{\"agency\": \"pelayanan\", \"cycle\": 2026}"])
        let run = CLI.run(["score"], in: fixture.path)
        #expect(run.status == .findings, "an index without some files is not the instansi's index")
        #expect(
            run.stdout.contains(
                "PARTIAL: computed without 1 invalid file(s), so this is not the instansi's index: assessments/desa-uji/pelayanan.json"
            ))
        #expect(CLI.run(["score", "--allow-partial"], in: fixture.path).status == .success)
        #expect(run.stdout.contains("INCOMPLETE: 2 of 3 indicators assessed"))
        #expect(run.stdout.contains("not assessed (counted as 0): Q3"))
        #expect(run.stderr.contains("'assessments/desa-uji/pelayanan.json' is invalid and was left out of the score"))
        #expect(CLI.run(["score", "--strict"], in: fixture.path).status == .findings)
        let json = CLI.run(["score", "--format", "json"], in: fixture.path)
        #expect(json.stdout.contains("\"complete\": false"))
        #expect(
            json.stdout.contains(
                "\"partial\": true,\n      \"leftOut\": [\n        \"assessments/desa-uji/pelayanan.json\""))
        let csv = CLI.run(["score", "--format", "csv"], in: fixture.path).stdout
        #expect(csv.contains(",partial,") && csv.contains(",false,2,true,"), "\(csv)")
        let markdown = CLI.run(["score", "--format", "markdown"], in: fixture.path).stdout
        #expect(markdown.contains("⚠️ **PARTIAL**") && markdown.contains("`desa-uji`: PARTIAL: computed without"))
        let report = CLI.run(["report", "--lang", "en"], in: fixture.path).stdout
        #expect(report.contains("<strong>PARTIAL: computed without 1 invalid file(s)"))
        #expect(json.stdout.contains("\"missing\": [\n        \"Q3\"\n      ]"))
    }

    @Test func worktreeReadsUncommittedChanges() throws {
        let fixture = try CLI.miniRepository()
        try fixture.write([
            "assessments/desa-uji/sekretariat.json":
                "{\"agency\":\"sekretariat\",\"cycle\":\"2026\",\"indicators\":{\"Q1\":{\"level\":4,\"explanation\":\"x\"},\"Q2\":{\"level\":4,\"explanation\":\"x\"}}}"
        ])
        #expect(CLI.run(["score", "--format", "csv"], in: fixture.path).stdout.contains(",2.900,"))
        #expect(
            CLI.run(["score", "--worktree", "--format", "csv"], in: fixture.path).stdout.contains(",3.400,17/5,Tinggi"))
    }

    @Test func badInputs() throws {
        let fixture = try CLI.miniRepository()
        #expect(CLI.run(["score", "--rev", "nope"], in: fixture.path).stderr.contains("unknown revision 'nope'"))
        #expect(CLI.run(["score", "--rev", "nope"], in: fixture.path).status == .failure)
        #expect(
            CLI.run(["score", "--scope", "other"], in: fixture.path).stderr.contains(
                "no scope 'other' in this revision; scopes here: desa-uji"))
        #expect(CLI.run(["score", "--stage", "later"], in: fixture.path).status == .usage)
        #expect(CLI.run(["score", "--format", "xml"], in: fixture.path).status == .usage)
        #expect(CLI.run(["score", "--rev", "HEAD", "--worktree"], in: fixture.path).status == .usage)
        #expect(CLI.run(["score", "extra"], in: fixture.path).status == .usage)
        let empty = try GitFixture()
        let noCommits = CLI.run(["score"], in: empty.path)
        #expect(noCommits.status == .failure && noCommits.stderr.contains("no commits yet"))
        let folder = try GitFixture.temporaryFolder()
        let notRepo = CLI.run(["score"], in: folder)
        #expect(notRepo.status == .failure && notRepo.stderr.contains("is not inside a git repository"))
        try fixture.commit(
            "unknown framework",
            files: [
                "assessments/desa-uji/instansi.json": try String(
                    contentsOfFile: fixture.path + "/assessments/desa-uji/instansi.json", encoding: .utf8
                ).replacingOccurrences(of: "mini-2026", with: "spbe-2099")
            ])
        let unknown = CLI.run(["score"], in: fixture.path)
        #expect(unknown.status == .failure && unknown.stderr.contains("unknown framework 'spbe-2099'"))
    }
}

/// A scope that cannot be scored is decided once: every command shows the others, then names it and exits 2.
struct UnscorableScopeTests {
    @Test func scorePlanAndReportAgree() throws {
        let fixture = try CLI.miniRepository()
        let manifest = try String(
            contentsOfFile: fixture.path + "/assessments/desa-uji/instansi.json", encoding: .utf8)
        try fixture.commit(
            "rusak",
            files: [
                "assessments/desa-rusak/instansi.json": manifest.replacingOccurrences(
                    of: "desa-uji", with: "desa-rusak"
                )
                .replacingOccurrences(of: "mini-2026", with: "nope-2030")
            ])
        let out = try GitFixture.temporaryFolder() + "/laporan.html"
        for arguments in [["score"], ["plan"], ["report", "--out", out]] {
            let run = CLI.run(arguments, in: fixture.path)
            #expect(run.status == .failure && run.stderr.contains("nope-2030"), "\(arguments): \(run.stderr)")
            #expect(
                run.stdout.contains("desa-uji") || arguments[0] == "report", "\(arguments): the others are shown")
        }
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("Desa Uji"))
    }
}

import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// `spbe evidence`: hashes recorded for the agencies, Git LFS pointers read as the content they name.
struct EvidenceCommandTests {
    static let bappeda = "assessments/kota-contoh/bappeda.json"

    static func example() throws -> (String, GitFixture) {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        return (folder, GitFixture(existing: folder))
    }

    @Test func checkThenWriteTheChangedHash() throws {
        let (folder, fixture) = try Self.example()
        #expect(CLI.run(["evidence"], in: folder).stdout.contains("every evidence sha256 is up to date"))
        let evidence = folder + "/evidence/bappeda/sk-p05.txt"
        try Data("versi baru\n".utf8).write(to: URL(fileURLWithPath: evidence))
        let check = CLI.run(["evidence"], in: folder)
        #expect(
            check.status == .findings && check.stdout.contains("1 sha256(s) to record; run 'spbe evidence --write'"))
        #expect(try fixture.git(["status", "--porcelain", Self.bappeda]).isEmpty, "checking writes nothing")
        let write = CLI.run(["evidence", "--write"], in: folder)
        #expect(
            write.status == .success
                && write.stdout.contains("recorded sha256 \(SHA256.hex(Array("versi baru\n".utf8)))"))
        #expect(CLI.run(["lint", "--worktree"], in: folder).stdout.hasPrefix("0 error(s)"))
    }

    @Test func addAFileAndAGitLFSPointer() throws {
        let (folder, fixture) = try Self.example()
        defer { withExtendedLifetime(fixture) {} }
        let oid = String(repeating: "ab", count: 32)
        let pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:\(oid)\nsize 482113\n"
        try Data(pointer.utf8).write(to: URL(fileURLWithPath: folder + "/evidence/bappeda/pindai.pdf"))
        let add = CLI.run(
            [
                "evidence", "add", "kota-contoh/P05", "pindai.pdf", "--kind", "decree", "--date", "2026-03-01",
                "--satisfies", "L2-01",
            ],
            in: folder + "/evidence/bappeda")
        #expect(add.status == .success, "\(add.stderr)")
        let text = try String(contentsOfFile: folder + "/" + Self.bappeda, encoding: .utf8)
        #expect(text.contains("\"path\": \"evidence/bappeda/pindai.pdf\",\n          \"sha256\": \"\(oid)\""))
        #expect(text.contains("\"title\": \"pindai\",\n          \"kind\": \"decree\""))
        #expect(text.contains("\"satisfies\": [\n            \"L2-01\"\n          ]"), "the requirement it proves")
        _ = try fixture.git(["add", "evidence/bappeda/pindai.pdf"])
        #expect(
            CLI.run(["lint", "--worktree"], in: folder).stdout.hasPrefix("0 error(s)"), "the pointer's oid is the hash")
    }

    @Test func refusals() throws {
        let (folder, fixture) = try Self.example()
        defer { withExtendedLifetime(fixture) {} }
        func refused(_ arguments: [String], _ message: String, status: ExitCode = .failure) {
            let run = CLI.run(["evidence"] + arguments, in: folder)
            #expect(run.status == status && run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
        let outside = try GitFixture.temporaryFolder() + "/elsewhere.pdf"
        try Data("x".utf8).write(to: URL(fileURLWithPath: outside))
        refused(["add", "kota-contoh/P05"], "missing argument FILE\nusage: spbe evidence add", status: .usage)
        refused(["remove", "a/b", "c"], "unknown command 'evidence remove'", status: .usage)
        refused(["ad", "a/b", "c"], "did you mean 'evidence add'?", status: .usage)
        refused(["add", "kota-contoh/P05", "x", "--write"], "unknown option '--write'", status: .usage)
        refused(["--title", "x"], "unknown option '--title'", status: .usage)
        refused(["add", "kota-contoh/P05", "x", "--date", "2026-02-30"], "is not a date", status: .usage)
        refused(["add", "kota-contoh/P05", outside], "is not a file inside this repository's working tree")
        refused(["add", "kota-contoh/I01", "README.md"], "'I01' is not an indicator of scope 'kota-contoh'")
        refused(["add", "kota-contoh/P6", "README.md"], "did you mean 'P06'?")
        refused(["add", "kota-contoh/p07", "README.md"], "did you mean 'P07'?")
        refused(["add", "kota-contoh/P2O", "README.md"], "did you mean 'P20'?")
        refused(["add", "nope/P05", "README.md"], "no scope 'nope'")
    }
}

/// A repository checklist on the example's 2026 cycle: requirements named by evidence, the cumulative rule.
struct ChecklistTests {
    @Test func aRepositoryChecklistDrivesTheCumulativeRule() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        #expect(
            CLI.run(["lint"], in: folder).stdout.hasPrefix("0 error(s), 0 warning(s)"), "the example's checklist holds")
        let checklist = """
            {"framework": "pemdi-2026", "illustrative": true, "indicators": {"P06": [
              {"id": "L1-01", "level": 1, "text": "Rancangan"}, {"id": "L2-01", "level": 2, "text": "Penetapan"},
              {"id": "L3-01", "level": 3, "text": "Penerapan"}, {"id": "L4-01", "level": 4, "text": "Evaluasi"}]}}
            """
        try Data(checklist.utf8).write(to: URL(fileURLWithPath: folder + "/schemas/checklists/pemdi-2026.json"))
        let score = CLI.run(["score", "--worktree", "--agency", "bappeda"], in: folder).stdout
        #expect(
            score.contains("2.26 (evidence covers 0)"), "the recorded value, and what its evidence covers: \(score)")
        let plan = CLI.run(["plan", "--worktree", "--agency", "bappeda", "--target", "3.5"], in: folder).stdout
        #expect(plan.contains("P06") && plan.contains("needs: L3-01"), "the work of a step: \(plan)")
        let lint = CLI.run(["lint", "--worktree"], in: folder).stdout
        #expect(lint.contains("satisfies no requirement of P06"), "\(lint)")
        #expect(
            lint.contains(
                "P06 claims level 2.26, but its evidence covers level 0 (cumulative rule); missing: L1-01, L2-01"))
        let file = folder + "/assessments/kota-contoh/bappeda.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let named = text.replacingOccurrences(
            of: "\"path\": \"evidence/bappeda/sk-p06.txt\",",
            with: "\"satisfies\": [\"L1-01\", \"L9\"], \"path\": \"evidence/bappeda/sk-p06.txt\",")
        #expect(named != text)
        try Data(named.utf8).write(to: URL(fileURLWithPath: file))
        let after = CLI.run(["lint", "--worktree"], in: folder).stdout
        #expect(after.contains("'L9' is not a requirement of P06; its requirements: L1-01, L2-01, L3-01, L4-01"))
        #expect(after.contains("covers level 1 (cumulative rule); missing: L2-01"), "\(after)")
        try Data("{\"framework\": 1}".utf8).write(
            to: URL(fileURLWithPath: folder + "/schemas/checklists/pemdi-2026.json"))
        #expect(CLI.run(["lint", "--worktree"], in: folder).stdout.contains("[checklist-invalid]"))
    }

    /// The example's 2026 document review: P07's level 3 to revise, with a recommendation.
    @Test func anAgencysQueueByStageDate() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let manifestPath = folder + "/assessments/kota-contoh/instansi.json"
        let manifest = try String(contentsOfFile: manifestPath, encoding: .utf8)
        try Data(
            manifest.replacingOccurrences(
                of: "\"end\": \"2026-12-31\",",
                with: "\"end\": \"2026-12-31\", \"stages\": {\"upload\": \"2026-09-15\", \"results\": \"2026-12-15\"},"
            ).utf8
        ).write(to: URL(fileURLWithPath: manifestPath))
        let status = CLI.run(["status", "--worktree", "--agency", "bappeda", "--today", "2026-12-01"], in: folder)
        #expect(status.stdout.contains("bappeda: next stage: results on 2026-12-15"), "\(status.stdout)")
        #expect(
            status.stdout.contains(
                "P07  revise L3-01 · accepted L1-01 L2-01 · recommendation: Lengkapi notulen koordinasi dengan daftar hadir (2026-10-15)"
            ))
        #expect(status.stdout.contains("1 recommendation(s)"))
        let report = CLI.run(["report", "--lang", "en"], in: folder).stdout
        #expect(report.contains("Requirements per judged stage") && report.contains("illustrative checklist"))
        #expect(
            report.contains(
                "<td>P07</td><td>bappeda</td><td>document</td><td>L1-01 L2-01</td><td>L3-01</td><td></td><td></td>"))
        let json = CLI.run(["status", "--worktree", "--agency", "bappeda", "--format", "json"], in: folder).stdout
        #expect(json.contains("\"revise\": [\n") && json.contains("\"L3-01\""))
    }

    @Test func theApplicationFormWithItsLengthLimit() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let form = CLI.run(["form", "--agency", "bappeda", "--indicator", "P05"], in: folder)
        #expect(form.status == .success)
        #expect(
            form.stdout.contains("Fact: pelaksanaan tata kelola data") && form.stdout.contains("Analysis: lembar kerja")
        )
        #expect(
            form.stdout.contains(
                "1. Keputusan Wali Kota Contoh tentang pelaksanaan tata kelola data (Diktum KESATU) — evidence/bappeda/sk-p05.txt"
            ))
        let manifestPath = folder + "/assessments/kota-contoh/instansi.json"
        let manifest = try String(contentsOfFile: manifestPath, encoding: .utf8)
        try Data(
            manifest.replacingOccurrences(
                of: "\n  \"agencies\": {", with: "\n  \"form\": {\"explanationLimit\": 200},\n  \"agencies\": {"
            ).utf8
        )
        .write(to: URL(fileURLWithPath: manifestPath))
        let limited = CLI.run(["form", "--worktree", "--agency", "bappeda", "--indicator", "P05"], in: folder)
        #expect(
            limited.status == .findings
                && limited.stdout.contains("explanation: 243 of 200 characters — TOO LONG, shorten it by 43"),
            "\(limited.stdout)")
    }
}

extension EvidenceCommandTests {
    /// `--write` changes the hashes and nothing else: a file laid out by hand keeps its layout.
    @Test func writingHashesKeepsTheFilesOwnLayout() throws {
        let (folder, fixture) = try Self.example()
        defer { withExtendedLifetime(fixture) {} }
        let file = folder + "/" + Self.bappeda
        let stale = String(repeating: "0", count: 64)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let document = try JSONParser().parse(Array(text.utf8))
        let item = try #require(document.root["indicators"]?["P05"]?["evidence"]?.elements?.first)
        let path = try #require(item["path"]?.string)
        let current = try #require(item["sha256"]?.string)
        // Hand layout: one item on one line with a stale hash, another with no hash at all.
        let handWritten = text.replacingOccurrences(of: current, with: stale)
            .replacingOccurrences(
                of: "\"evidence\": [",
                with: "\"evidence\":   [ {\"title\": \"Tambahan\", \"kind\": \"other\", \"path\": \"\(path)\"},")
        try handWritten.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(CLI.run(["evidence", "--write"], in: folder).status == .success)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        let expected = handWritten.replacingOccurrences(of: stale, with: current)
            .replacingOccurrences(
                of: "\"path\": \"\(path)\"},", with: "\"path\": \"\(path)\", \"sha256\": \"\(current)\"},")
        #expect(written == expected)
    }
}

extension EvidenceCommandTests {
    /// The pre-commit check says what CI will: a cited file git does not track is left out of the commit.
    @Test func anUntrackedCitedFileIsAnErrorBeforeCommitting() throws {
        let (folder, fixture) = try Self.example()
        try Data("sk baru\n".utf8).write(to: URL(fileURLWithPath: folder + "/evidence/bappeda/sk-baru.txt"))
        #expect(
            CLI.run(["evidence", "add", "kota-contoh/P05", "evidence/bappeda/sk-baru.txt"], in: folder).status
                == .success)
        let lint = CLI.run(["lint", "--worktree"], in: folder)
        #expect(lint.status == .findings)
        #expect(
            lint.stdout.contains("'evidence/bappeda/sk-baru.txt' is not tracked by git")
                && lint.stdout.contains("[evidence-untracked]"))
        _ = try fixture.git(["add", "evidence/bappeda/sk-baru.txt"])
        #expect(!CLI.run(["lint", "--worktree"], in: folder).stdout.contains("evidence-untracked"))
    }
}

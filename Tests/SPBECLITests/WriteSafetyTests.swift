import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// After an attacker's round on the commands that write assessments: no write outside the repository or over the
/// manifest, no partial write, nothing a file holds silently lost, no read outside, no hang.
struct WriteSafetyTests {
    static let coordinator = ["GIT_AUTHOR_EMAIL": "tim@kota.go.id"]

    static func newCity() throws -> (String, GitFixture) {
        let folder = try GitFixture.temporaryFolder() + "/kota"
        #expect(CLI.run(["init", folder, "--coordinator-email", "tim@kota.go.id"]).status == .success)
        return (folder, GitFixture(existing: folder, owned: false))
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// A manifest key `../../../victim` (the schema's id rule removed from the repository's copy) names no file.
    @Test func aManifestAgencyIdNeverBecomesAPathOutside() throws {
        let (folder, fixture) = try Self.newCity()
        let schema = folder + "/schemas/instansi.schema.json"
        try Self.read(schema).replacingOccurrences(
            of: ##""propertyNames": { "$ref": "#/$defs/id", "not": { "const": "instansi" } },"##, with: ""
        ).write(toFile: schema, atomically: true, encoding: .utf8)
        let manifest = folder + "/assessments/kota/instansi.json"
        try Self.read(manifest).replacingOccurrences(of: "\"P05\",\n", with: "").replacingOccurrences(
            of: "\"agencies\": {",
            with:
                #""agencies": {"../../../victim": {"name": "x", "maintainers": ["a@b.go.id"], "indicators": ["P05"]},"#
        ).write(toFile: manifest, atomically: true, encoding: .utf8)
        try fixture.write(["evidence/x/a.pdf": "hi\n"])
        try fixture.commit("Jebakan")
        let victim =
            URL(fileURLWithPath: folder).deletingLastPathComponent().deletingLastPathComponent().path
            + "/victim.json"
        try Data("{\"keep\": 1}\n".utf8).write(to: URL(fileURLWithPath: victim))
        let add = CLI.run(["evidence", "add", "kota/P05", "evidence/x/a.pdf"], in: folder)
        #expect(add.status == .failure && add.stderr.contains("cannot be a file's name"), "\(add.stderr)")
        let open = CLI.run(["cycle", "open", "2027"], in: folder)
        #expect(open.status == .failure && open.stderr.contains("so the cycle cannot be opened"), "\(open.stderr)")
        #expect(try Self.read(victim) == "{\"keep\": 1}\n")
        #expect(!PlainPaths.isWritable("assessments/kota/../../x.json", root: folder))
    }

    /// `instansi` is the manifest's name: no agency may have it, by command or by hand.
    @Test func instansiIsNoAgencyID() throws {
        let (folder, _) = try Self.newCity()
        let add = CLI.run(
            ["agency", "add", "instansi", "--name", "I", "--maintainer", "i@kota.go.id"], in: folder,
            environment: Self.coordinator)
        #expect(add.status == .usage)
        let manifest = folder + "/assessments/kota/instansi.json"
        try Self.read(manifest).replacingOccurrences(
            of: "\"agencies\": {",
            with: #""agencies": {"instansi": {"name": "I", "maintainers": ["i@kota.go.id"], "indicators": []},"#
        ).write(toFile: manifest, atomically: true, encoding: .utf8)
        let lint = CLI.run(["lint", "--worktree"], in: folder).stdout
        #expect(lint.contains("'instansi' names the manifest's own file"), "\(lint)")
    }

    /// A name too long for the file system fails the whole edit: the old owner's entry and the manifest stay.
    @Test func aFailedWriteLeavesEveryFileAsItWas() throws {
        let (folder, _) = try Self.newCity()
        let diskominfo = folder + "/assessments/kota/diskominfo.json"
        try Data(
            #"{"agency": "diskominfo", "cycle": "2026", "indicators": {"P05": {"level": 1, "explanation": "F."}}}"#.utf8
        ).write(to: URL(fileURLWithPath: diskominfo))
        let before = (try Self.read(diskominfo), try Self.read(folder + "/assessments/kota/instansi.json"))
        let long = String(repeating: "z", count: 245)
        let run = CLI.run(
            ["agency", "add", long, "--name", "Z", "--maintainer", "z@kota.go.id", "--indicators", "P05"], in: folder,
            environment: Self.coordinator)
        #expect(run.status == .failure && run.stderr.contains("cannot write"), "\(run.stderr)")
        #expect(
            try Self.read(diskominfo) == before.0 && Self.read(folder + "/assessments/kota/instansi.json") == before.1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/assessments/kota")
        #expect(!leftovers.contains { $0.contains(".spbe-") }, "no temporary file left: \(leftovers)")
    }

    /// Files that parse but would lose something when an item is appended are refused, not rewritten.
    @Test func evidenceAddLosesNothingAFileHolds() throws {
        let (folder, fixture) = try Self.newCity()
        try fixture.write(["evidence/diskominfo/a.pdf": "a\n"])
        let file = folder + "/assessments/kota/diskominfo.json"
        for text in [
            #"{"agency": "diskominfo", "cycle": "2026", "indicators": {"P06": {"level": 1, "explanation": "F.", "evidence": {"title": "x"}}}}"#,
            #"{"agency": "diskominfo", "cycle": "2026", "indicators": [1, 2]}"#,
            #"[1, 2]"#,
            #"{"agency": "diskominfo", "cycle": "2026", "indicators": {"P01": {"level": 1}}, "indicators": {}}"#,
        ] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            let run = CLI.run(["evidence", "add", "kota/P06", "evidence/diskominfo/a.pdf"], in: folder)
            #expect(run.status == .failure && run.stderr.contains("without losing what it holds"), "\(text)")
            #expect(try Self.read(file) == text)
        }
    }

    /// An entry the agency's own file already holds is not written twice; two old owners' entries are not merged.
    @Test func agencySetNeverWritesAnEntryTwice() throws {
        let (folder, _) = try Self.newCity()
        _ = CLI.run(
            ["agency", "add", "bappeda", "--name", "B", "--maintainer", "b@kota.go.id"], in: folder,
            environment: Self.coordinator)
        let entry = #"{"level": 1, "explanation": "F."}"#
        try Data(#"{"agency": "bappeda", "cycle": "2026", "indicators": {"P05": \#(entry)}}"#.utf8)
            .write(to: URL(fileURLWithPath: folder + "/assessments/kota/bappeda.json"))
        try Data(#"{"agency": "diskominfo", "cycle": "2026", "indicators": {"P05": \#(entry)}}"#.utf8)
            .write(to: URL(fileURLWithPath: folder + "/assessments/kota/diskominfo.json"))
        let run = CLI.run(
            ["agency", "set", "bappeda", "--indicators", "P05"], in: folder, environment: Self.coordinator)
        #expect(run.status == .failure && run.stderr.contains("already assesses 'P05'"), "\(run.stderr)")
        #expect(
            CLI.run(["agency", "set", "bappeda", "--name", ""], in: folder, environment: Self.coordinator).status
                == .usage)
        #expect(CLI.run(["scope", "add", "kab-x", "--name", ""], in: folder).status == .usage)
    }

    /// Evidence is read only inside the repository: not through `..`, not from `.git`, and a FIFO never blocks.
    @Test(.timeLimit(.minutes(1))) func evidenceIsReadOnlyInsideTheRepository() throws {
        let (folder, fixture) = try Self.newCity()
        let outside = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        try Data("rahasia\n".utf8).write(to: URL(fileURLWithPath: outside + "/secret.txt"))
        #expect(mkfifo(outside + "/pipa", 0o600) == 0)
        for file in [folder + "/../secret.txt", "../secret.txt", ".git/config"] {
            let run = CLI.run(["evidence", "add", "kota/P01", file], in: folder)
            #expect(run.status == .failure && run.stderr.contains("is not a file inside"), "\(file): \(run.stderr)")
        }
        let cited =
            #"{"title": "x", "kind": "other", "path": "../pipa", "sha256": "\#(String(repeating: "0", count: 64))"}"#
        try fixture.write([
            "assessments/kota/diskominfo.json":
                #"{"agency": "diskominfo", "cycle": "2026", "indicators": {"P01": {"level": 2, "explanation": "F.", "evidence": [\#(cited)]}}}"#
        ])
        let lint = CLI.run(["lint", "--worktree"], in: folder)
        #expect(lint.status == .findings, "\(lint.stdout)")
        let check = CLI.run(["evidence"], in: folder)
        #expect(check.stdout.contains("'../pipa' does not exist"), "\(check.stdout)")
    }
}

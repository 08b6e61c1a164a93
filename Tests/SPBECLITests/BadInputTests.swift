import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// Broken files and odd repositories get a clear message and the documented exit status; nothing crashes.
struct BadInputTests {
    static func lint(_ fixture: GitFixture, _ arguments: [String] = []) -> CLI.Result {
        CLI.run(["lint"] + arguments, in: fixture.path)
    }

    static func shell(_ script: String, in folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(script)")
    }

    @Test func brokenBytesAreSyntaxFindingsWithPositions() throws {
        let fixture = try CLI.miniRepository()
        let scope = "assessments/desa-uji"
        try fixture.write([
            "\(scope)/bom.json": "\u{FEFF}{}", "\(scope)/nul.json": "{\"a\": \"x\u{0}y\"}",
            "\(scope)/deep.json": String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
        ])
        try Self.shell(
            "printf '{\"agency\": \"\\xc3\\x28\"}' > \(scope)/utf8.json && { printf '\\xfa\\x00'; head -c 2046 /dev/urandom; } > \(scope)/binary.json && head -c 17000000 /dev/zero | tr '\\0' ' ' > \(scope)/huge.json",
            in: fixture.path)
        try fixture.commit("broken")
        let run = Self.lint(fixture)
        #expect(run.status == .findings)
        let lines = run.stdout
        #expect(
            lines.contains(
                "\(scope)/bom.json:1:1: error: the file starts with a byte-order mark; save it as UTF-8 without BOM [json-syntax]"
            ))
        #expect(lines.contains("\(scope)/nul.json:1:9: error: control character 0x00 in a string"))
        #expect(lines.contains("\(scope)/deep.json:1:513: error: nesting deeper than 512 levels [json-syntax]"))
        #expect(lines.contains("\(scope)/utf8.json:1:13: error: invalid UTF-8 byte 0xC3"))
        // A binary file that starts with a byte no UTF-8 text starts with (random bytes could start with a newline).
        #expect(lines.contains("\(scope)/binary.json:1:1: error: invalid UTF-8 byte 0xFA"))
        #expect(lines.contains("\(scope)/huge.json:1:1: error: file larger than 16777216 bytes [json-syntax]"))
        let score = CLI.run(["score"], in: fixture.path)
        #expect(
            score.status == .findings && score.stdout.contains("PARTIAL"), "scored from the valid files, marked partial"
        )
    }

    @Test func symlinksSubmodulesAndOddNamesAreReportedNotFollowed() throws {
        let fixture = try CLI.miniRepository()
        let scope = "assessments/desa-uji"
        try Self.shell(
            "ln -s ../../../etc/passwd \(scope)/link.json && printf '{}' > \"$(printf '\(scope)/\\377.json')\"",
            in: fixture.path)
        try fixture.commit("odd")
        let head = try fixture.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try fixture.git(["update-index", "--add", "--cacheinfo", "160000,\(head),\(scope)/sub"])
        try fixture.git(["commit", "-q", "-m", "submodule"])
        let run = Self.lint(fixture)
        #expect(
            run.stdout.contains(
                "\(scope)/link.json: error: '\(scope)/link.json' is a symlink, which spbe does not follow"))
        #expect(run.stdout.contains("\(scope)/sub: error: '\(scope)/sub' is a git submodule"))
        #expect(run.stdout.contains("the file name is not valid UTF-8; rename it [unexpected-entry]"))
        #expect(!run.stdout.contains("root:"), "the symlink's target is never read")
    }

    @Test func tenThousandFilesInOneScope() throws {
        let fixture = try CLI.miniRepository()
        try Self.shell(
            "for i in $(seq 1 10000); do printf '{\"agency\": \"a%d\", \"cycle\": \"2026\", \"indicators\": {}}' $i > assessments/desa-uji/a$i.json; done",
            in: fixture.path)
        try fixture.commit("many")
        let run = Self.lint(fixture, ["--format", "json"])
        #expect(run.status == .findings)
        #expect(run.stdout.contains("\"files\": 10003"))
        #expect(
            CLI.run(["score", "--format", "csv"], in: fixture.path).stdout.contains(
                "desa-uji,Desa Uji,mini-2026,2026,2.900"))
    }

    @Test func invalidFrameworkAndUnknownFramework() throws {
        let fixture = try CLI.miniRepository()
        try fixture.commit(
            "bad framework",
            files: ["schemas/frameworks/mini-2026.json": "{\"id\": \"mini-2026\", \"weightTotal\": \"ten\"}"])
        let lint = Self.lint(fixture)
        #expect(
            lint.stdout.contains("framework file 'schemas/frameworks/mini-2026.json' is invalid")
                && lint.stdout.contains("[unknown-framework]"))
        let score = CLI.run(["score"], in: fixture.path)
        #expect(
            score.status == .failure
                && score.stderr.contains("framework file 'schemas/frameworks/mini-2026.json' is invalid"))
    }

    @Test func damagedRepositoriesExitTwo() throws {
        let fixture = try CLI.miniRepository()
        for number in 1...3 {
            try fixture.commit(
                "c\(number)",
                files: [
                    "assessments/desa-uji/sekretariat.json": try String(
                        contentsOfFile: fixture.path + "/assessments/desa-uji/sekretariat.json", encoding: .utf8)
                        + String(repeating: " ", count: number)
                ])
        }
        let shallow = try fixture.clone(["--depth", "1"])
        #expect(CLI.run(["score"], in: shallow.path).status == .success, "one revision needs no history")
        let log = CLI.run(["log", "--commits"], in: shallow.path)
        #expect(log.status == .failure && log.stderr.contains("shallow clone") && log.stderr.contains("fetch-depth: 0"))
        let bare = try fixture.clone(["--bare"])
        #expect(CLI.run(["score", "--format", "csv"], in: bare.path).status == .success)
        #expect(CLI.run(["score", "--worktree"], in: bare.path).status == .failure)
        let blob = try fixture.git(["rev-parse", "HEAD:assessments/desa-uji/sekretariat.json"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        try FileManager.default.removeItem(
            atPath: fixture.path + "/.git/objects/\(blob.prefix(2))/\(blob.dropFirst(2))")
        let missing = CLI.run(["score"], in: fixture.path)
        #expect(missing.status == .failure && missing.stderr.contains("object \(blob) is missing"))
        let manifest = try fixture.git(["rev-parse", "HEAD:assessments/desa-uji/instansi.json"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let object = fixture.path + "/.git/objects/\(manifest.prefix(2))/\(manifest.dropFirst(2))"
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: object)
        try Data("not a zlib stream".utf8).write(to: URL(fileURLWithPath: object))
        let corrupted = CLI.run(["score"], in: fixture.path)
        #expect(corrupted.status == .failure && corrupted.stderr.contains(manifest), "\(corrupted.stderr)")
    }
}

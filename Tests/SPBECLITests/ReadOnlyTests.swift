import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// Every command that only reads leaves the repository's `.git` and working tree byte-for-byte as they were.
struct ReadOnlyTests {
    /// Path → content of every file under `folder`, `.git` included.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: folder) ?? FileManager.default
            .enumerator(atPath: "/dev/null")!
        {
            var isFolder: ObjCBool = false
            let path = folder + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            files[relative] = FileManager.default.contents(atPath: path) ?? Data()
        }
        return files
    }

    @Test func readOnlyCommandsWriteNothing() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let fixture = GitFixture(existing: folder, owned: false)
        try fixture.write(["assessments/kota-contoh/bkpsdm.json": "{\"agency\": \"bkpsdm\"}"])
        let before = try Self.snapshot(folder)
        let commands: [[String]] = [
            ["lint"], ["lint", "--worktree"], ["lint", "--base", "cycle/2022", "--format", "sarif"],
            ["lint", "--format", "junit"],
            ["score"], ["score", "--worktree", "--format", "json"], ["diff"],
            ["diff", "2022", "2024", "--format", "markdown"],
            ["log"], ["log", "--commits"], ["blame", "kota-contoh/I12", "--all"], ["status"], ["plan"], ["report"],
            ["fmt", "--check"], ["codeowners"],
            ["validate", "--schema", "schemas/assessment.schema.json", "assessments/kota-contoh/bappeda.json"],
            ["completion", "bash"], ["help"], ["--version"],
        ]
        for arguments in commands {
            let run = CLI.run(arguments, in: folder)
            #expect(run.status != .usage, "\(arguments): \(run.stderr)")
        }
        let after = try Self.snapshot(folder)
        #expect(before.keys.sorted() == after.keys.sorted(), "no file added or removed")
        for (path, data) in before where after[path] != data { Issue.record("\(path) changed") }
    }
}

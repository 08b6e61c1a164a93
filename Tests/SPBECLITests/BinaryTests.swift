import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// A few end-to-end runs of the real `spbe` binary: exit statuses, standard output and error.
struct BinaryTests {
    /// The `spbe` built beside the test bundle.
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("spbe").path

    static func run(_ arguments: [String], in folder: String, executable: String = binary) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }

    @Test func theRealBinaryKeepsTheExitStatusContract() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "spbe is built beside the tests")
        let folder = try GitFixture.temporaryFolder()
        let version = try Self.run(["--version"], in: folder)
        #expect(version.status == 0 && version.stdout == "spbe \(Tool.version)\n" && version.stderr.isEmpty)
        let usage = try Self.run(["score", "--bogus"], in: folder)
        #expect(
            usage.status == 64 && usage.stdout.isEmpty
                && usage.stderr.hasPrefix("spbe: error: unknown option '--bogus'"))
        let notRepository = try Self.run(["score"], in: folder)
        #expect(notRepository.status == 2 && notRepository.stderr.contains("is not inside a git repository"))
        let example = folder + "/contoh"
        #expect(try Self.run(["init", example, "--example"], in: folder).status == 0)
        let score = try Self.run(["-C", example, "score", "--rev", "2024", "--format", "csv"], in: folder)
        #expect(
            score.status == 0 && score.stdout.contains(",3.85,3849/1000,Sangat Baik,true,47,false,4.80,3.70,2.36,4.20"))
        let lint = try Self.run(["lint", "--strict"], in: example)
        #expect(lint.status == 0, "\(lint.stdout)")
        try Data("{\"agency\": ".utf8).write(
            to: URL(fileURLWithPath: example + "/assessments/kota-contoh/bappeda.json"))
        let broken = try Self.run(["lint", "--worktree"], in: example)
        #expect(broken.status == 1 && broken.stdout.contains("bappeda.json:1:12: error:"))
    }

    /// A closed standard output (or error) is an error and exit 2, never a crash.
    @Test func aClosedStandardOutputIsAnErrorNotACrash() throws {
        let folder = try GitFixture.temporaryFolder()
        // A usage error with standard error closed keeps its status; it does not crash (exit 132).
        let usage = try Self.run(["-c", "exec \"$0\" scor 2>&-", Self.binary], in: folder, executable: "/bin/sh")
        #expect(usage.status == 64, "\(usage.status)")
        let closed = try Self.run(["-c", "exec \"$0\" help >&-", Self.binary], in: folder, executable: "/bin/sh")
        #expect(closed.status == 2 && closed.stderr.contains("cannot write the output"), "\(closed.stderr)")
    }
}

import Foundation
import SPBECLI
import SPBECore
import TestSupport

/// Runs the tool in-process with captured output.
enum CLI {
    struct Result {
        let status: ExitCode
        let stdout: String
        let stderr: String
    }

    /// The moment every in-process run takes as now (2026-11-15, mid-way through the example's 2026 cycle), so no
    /// test depends on the day it runs.
    static let now = ExampleHistory.epoch(year: 2026, month: 11, day: 15) + 9 * 3600

    static func run(
        _ arguments: [String], in directory: String = FileManager.default.currentDirectoryPath,
        environment: [String: String] = [:], now: Int64 = CLI.now
    ) -> Result {
        let out = TextBuffer()
        let err = TextBuffer()
        var context = Context(
            stdout: out.output, stderr: err.output, environment: environment, currentDirectory: directory)
        context.now = { now }
        let status = Tool.main(arguments, context: context)
        return Result(status: status, stdout: out.text, stderr: err.text)
    }

    /// A repository holding this project's own `schemas/`, `assessments/` and `evidence/`, committed once.
    static func exampleRepository() throws -> GitFixture {
        let fixture = try GitFixture()
        for folder in ["schemas", "assessments", "evidence"] {
            try fixture.copy(from: Paths.projectRoot.appendingPathComponent(folder), into: folder)
        }
        try fixture.commit("Penilaian mandiri 2023")
        return fixture
    }

    /// A repository with the small test framework of `Tests/Fixtures/mini`.
    static func miniRepository() throws -> GitFixture {
        let fixture = try GitFixture()
        try fixture.copy(from: Paths.fixtures.appendingPathComponent("mini"))
        try fixture.commit("mini")
        return fixture
    }
}

import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// The declarative command line: typed options, declared arity, one source-options group.
struct CommandLineTests {
    @Test func typedOptionsConvertOnceAndNameTheOption() throws {
        let parsed = try ParsedArguments(
            ["--format", "json", "--stage=self", "--scope", "a", "--scope", "b"], options: ScoreCommand.allOptions)
        #expect(try parsed[ScoreCommand.format] == .json)
        #expect(try parsed[CommonOptions.stage] == .self)
        #expect(try parsed.all(SourceOptions.scope) == ["a", "b"])
        #expect(!parsed[ScoreCommand.strict])
        let bad = try ParsedArguments(["--format", "xml"], options: ScoreCommand.allOptions)
        #expect(throws: UsageError.self) { try bad[ScoreCommand.format] }
        #expect(throws: UsageError.self) { try ParsedArguments(["--bogus"], options: ScoreCommand.allOptions) }
        #expect(throws: UsageError.self) { try ParsedArguments(["--strict=yes"], options: ScoreCommand.allOptions) }
        #expect(throws: UsageError.self) { try ParsedArguments(["--rev"], options: ScoreCommand.allOptions) }
    }

    @Test func arityIsCheckedAndWrittenInTheSynopsis() throws {
        #expect(Arity.none.synopsis.isEmpty)
        #expect(Arity.exactly("DIR").synopsis == "DIR")
        #expect(Arity.atMost("A", "B").synopsis == "[A [B]]")
        #expect(Arity.atLeast(1, "FILE").synopsis == "FILE…")
        #expect(Arity.atLeast(0, "PATH").synopsis == "[PATH…]")
        #expect(throws: UsageError(Messages.missingArgument("DIR"))) { try Arity.exactly("DIR").check([]) }
        #expect(throws: UsageError(Messages.unexpectedArgument("c"))) {
            try Arity.atMost("A", "B").check(["a", "b", "c"])
        }
        #expect(throws: UsageError(Messages.unexpectedArgument("x"))) { try Arity.none.check(["x"]) }
        try Arity.atLeast(0, "PATH").check(Array(repeating: "p", count: 50))
        #expect(
            BlameCommand.synopsis() == "spbe blame [options] SCOPE/INDICATOR"
                && BlameCommand.synopsis(.id) == "spbe blame [opsi] LINGKUP/INDIKATOR")
    }

    @Test func everyCommandDeclaresEachOptionOnce() {
        for command in Tool.commands {
            let names = command.allOptions.map(\.spec.name)
            #expect(Set(names).count == names.count, "\(command.name): \(names)")
        }
    }

    @Test func sourceOptionsMeanTheSameEverywhere() throws {
        let fixture = try GitFixture()
        try fixture.copy(from: Paths.fixtures.appendingPathComponent("mini"))
        try fixture.commit("mini")
        try fixture.tag("cycle/2026")
        let file = fixture.path + "/assessments/desa-uji/pelayanan.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try Data(
            text.replacingOccurrences(of: "\"level\": 4, \"assessor\": { \"document\": 3 }", with: "\"level\": 5").utf8
        ).write(to: URL(fileURLWithPath: file))
        // Working-tree change seen by diff and status, not by the committed revision.
        let diff = CLI.run(["diff", "--worktree", "--format", "json"], in: fixture.path)
        #expect(diff.status == .success, "\(diff.stderr)")
        #expect(diff.stdout.contains("\"revision\": \"worktree\""))
        #expect(diff.stdout.contains("\"commit\": null"))
        #expect(CLI.run(["diff", "--worktree"], in: fixture.path).stdout.contains("Q3"))
        #expect(!CLI.run(["diff", "HEAD", "HEAD"], in: fixture.path).stdout.contains("Q3"))
        #expect(CLI.run(["diff", "a", "b", "--worktree"], in: fixture.path).status == .usage)
        #expect(CLI.run(["status", "--worktree"], in: fixture.path).status == .success)
        // Options that do not apply to a command are not declared by it.
        #expect(CLI.run(["log", "--worktree"], in: fixture.path).status == .usage)
        #expect(CLI.run(["diff", "--rev", "HEAD"], in: fixture.path).status == .usage)
        #expect(CLI.run(["blame", "desa-uji/Q1", "--scope", "x"], in: fixture.path).status == .usage)
        #expect(CLI.run(["score", "--rev", "HEAD", "--worktree"], in: fixture.path).status == .usage)
    }

    @Test func logRevisionKeepsTheCyclesInItsHistory() throws {
        let fixture = try HistoryFixture.build()
        let rows = CLI.run(["log", "--rev", "cycle/2025", "--format", "csv"], in: fixture.path).stdout
        #expect(rows.contains(",cycle/2024,") && rows.contains(",cycle/2025,"))
        #expect(!rows.contains(",cycle/2026,"))
        #expect(CLI.run(["log", "--format", "csv"], in: fixture.path).stdout.contains(",cycle/2026,"))
    }
}

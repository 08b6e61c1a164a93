import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// The command line refuses what swift-argument-parser refuses, and says what was probably meant.
struct StrictCommandLineTests {
    @Test func aValueThatLooksLikeAnOptionIsRefused() throws {
        #expect(throws: UsageError(Messages.valueLooksLikeOption("--scope", "--strict"))) {
            try ParsedArguments(["--scope", "--strict"], options: ScoreCommand.allOptions)
        }
        #expect(throws: UsageError.self) { try ParsedArguments(["--rev", "-C"], options: ScoreCommand.allOptions) }
        // Spelled with `=`, it is the value; `-` alone (standard input or output) and negative numbers are values.
        let joined = try ParsedArguments(["--scope=--strict"], options: ScoreCommand.allOptions)
        #expect(try joined.all(SourceOptions.scope) == ["--strict"])
        let dash = try ParsedArguments(["--rev", "-"], options: ScoreCommand.allOptions)
        #expect(try dash[SourceOptions.rev] == "-")
        #expect(!ParsedArguments.looksLikeOption("-1.5") && ParsedArguments.looksLikeOption("-C"))
    }

    @Test func shortOptionsTakeAttachedValues() throws {
        for spelling in [["-Cdir"], ["-C=dir"], ["-C", "dir"], ["--repository=dir"], ["--repository", "dir"]] {
            let parsed = try ParsedArguments(spelling, options: ScoreCommand.allOptions)
            #expect(try parsed[SourceOptions.repository] == "dir", "\(spelling)")
        }
        #expect(throws: UsageError.self) { try ParsedArguments(["-hx"], options: ScoreCommand.allOptions) }
    }

    @Test func theRepositoryOptionIsHoistedInEverySpelling() throws {
        let fixture = try CLI.miniRepository()
        let parent = URL(fileURLWithPath: fixture.path).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: fixture.path).lastPathComponent
        for spelling in [
            ["-C", name], ["-C" + name], ["-C=" + name], ["--repository", name], ["--repository=" + name],
        ] {
            let run = CLI.run(spelling + ["score", "--format", "csv"], in: parent)
            #expect(run.status == .success && run.stdout.hasPrefix("scope,"), "\(spelling): \(run.stderr)")
        }
    }

    @Test func didYouMean() throws {
        let fixture = try CLI.miniRepository()
        func refused(_ arguments: [String], _ message: String, status: ExitCode = .usage) {
            let run = CLI.run(arguments, in: fixture.path)
            #expect(run.status == status && run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
        refused(["score", "--formt", "json"], "unknown option '--formt'; did you mean '--format'?")
        refused(["score", "--format", "jsn"], "did you mean 'json'?")
        refused(["scor"], "unknown command 'scor'; run 'spbe help' for the list; did you mean 'score'?")
        refused(["lint", "--disable", "level-above-evidenc"], "did you mean 'level-above-evidence'?")
        refused(["score", "--scope", "desa-uj"], "did you mean 'desa-uji'?", status: .failure)
        refused(["blame", "desa-uji/q1"], "did you mean 'Q1'?", status: .failure)
        refused(["blame", "desa-uj/Q1"], "scopes here: desa-uji; did you mean 'desa-uji'?", status: .failure)
        refused(["form", "--indicator", "Q"], "did you mean 'Q1'?", status: .failure)
        refused(["plan", "--agency", "sekretariatt"], "did you mean 'sekretariat'?", status: .failure)
        refused(["score", "--bogus"], "unknown option '--bogus'\nusage: spbe score [options]\n")
        refused(["plan", "--target", "6"], "--target 6 is outside mini-2026's index range 1–4")
        refused(["plan", "--target", "-1"], "is outside")
        #expect(Suggestion.closest(to: "P6", among: ["P05", "P06", "P07"]) == "P06")
        #expect(Suggestion.closest(to: "p07", among: ["P06", "P07"]) == "P07")
        #expect(Suggestion.closest(to: "P2O", among: ["P02", "P20"]) == "P20")
        #expect(Suggestion.closest(to: "xyz", among: ["P02", "P20"]) == nil)
        #expect(Suggestion.closest(to: "sekertariat", among: ["sekretariat", "pelayanan"]) == "sekretariat")
    }

    @Test func aUsageErrorPrintsTheSynopsisNotTheWholeHelp() {
        let run = CLI.run(["lint", "--bogus"])
        #expect(run.status == .usage)
        #expect(
            run.stderr
                == "spbe: error: unknown option '--bogus'\nusage: spbe lint [options] [PATH…]\nrun 'spbe help lint' for its options\n"
        )
    }

    @Test func helpFitsInAHundredColumns() {
        for language in Language.allCases {
            let texts = [Tool.generalHelp(language)] + Tool.commands.map { $0.help(language) }
            for text in texts {
                for line in text.split(separator: "\n") {
                    #expect(line.count <= 100 || !line.contains(" "), "\(line.count): \(line)")
                }
            }
        }
    }

    @Test func subcommandsHaveTheirOwnOptions() {
        #expect(
            CLI.run(["help", "evidence", "add"]).stdout.hasPrefix(
                "usage: spbe evidence add [options] SCOPE/INDICATOR FILE"))
        #expect(CLI.run(["cycle", "open", "--help"]).stdout.hasPrefix("usage: spbe cycle open [options] ID"))
        #expect(CLI.run(["cycle"]).stderr.contains("'spbe cycle' needs a subcommand: open"))
        #expect(CLI.run(["evidence", "--kind", "decree"]).stderr.contains("unknown option '--kind'"))
        for arguments in [["help", "cycle"], ["cycle", "--help"], ["cycle", "-h"]] {
            let run = CLI.run(arguments)
            #expect(run.status == .success && run.stdout.contains("cycle open  open a review cycle"), "\(arguments)")
        }
        let bare = CLI.run(["-C", "/tmp"])
        #expect(bare.status == .usage && bare.stderr.hasPrefix("spbe: error: missing command\n"), "\(bare.stderr)")
        #expect(CLI.run(["-C"]).stderr.contains("needs a value DIR"))
        #expect(CLI.run([]).stderr == "spbe: error: missing command\n" + Tool.generalHint(.en))
    }
}

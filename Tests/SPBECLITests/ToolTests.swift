import Foundation
import SPBECLI
import SPBECore
import Testing

/// The command line itself: help, version, usage errors and their exit statuses.
struct ToolTests {
    @Test func versionAndHelp() {
        let run = CLI.run(["--version"])
        #expect(run.status == .success && run.stdout == "spbe \(Tool.version)\n")
        let help = CLI.run(["help"])
        #expect(help.status == .success)
        #expect(help.stdout.contains("usage: spbe"))
        for command in Tool.commands {
            #expect(help.stdout.contains("  \(command.name) "))
            let viaHelp = CLI.run(["help", command.name])
            let viaFlag = CLI.run([command.name, "--help"])
            #expect(viaHelp.status == .success && viaHelp.stdout == viaFlag.stdout)
            #expect(viaHelp.stdout.hasPrefix("usage: spbe \(command.name)"))
        }
    }

    @Test func unknownCommandIsUsageError() {
        let run = CLI.run(["frobnicate"])
        #expect(run.status == .usage)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("spbe: error: unknown command 'frobnicate'"))
        #expect(run.stderr.contains("usage: spbe"))
        #expect(CLI.run([]).status == .usage)
        #expect(CLI.run(["help", "frobnicate"]).status == .usage)
    }

    @Test func badLanguageIsUsageError() {
        let run = CLI.run(["--lang", "fr", "help"])
        #expect(run.status == .usage)
        #expect(run.stderr.contains("'fr' is not a valid value for '--lang'"))
        #expect(CLI.run(["help", "--lang"]).status == .usage)
    }

    @Test func indonesianFromLangOrEnvironment() {
        #expect(CLI.run(["--lang", "id", "help"]).stdout.contains("penggunaan: spbe"))
        #expect(CLI.run(["help"], environment: ["LANG": "id_ID.UTF-8"]).stdout.contains("penggunaan: spbe"))
        #expect(CLI.run(["help"], environment: ["LANG": "en_US.UTF-8"]).stdout.contains("usage: spbe"))
    }
}

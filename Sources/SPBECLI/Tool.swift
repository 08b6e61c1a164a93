import CBuildInfo
import Foundation
import GitStore
import SPBECore

/// The `spbe` command line: dispatches to a command and turns every error into a message and exit status.
public enum Tool {
    /// The tool's version, printed by `--version` and recorded in JSON output.
    public static let version = "0.1.0"
    /// The commit a release was built from (`scripts/release.sh`); nil for any other build.
    public static let commit: String? = {
        let text = String(cString: spbe_build_commit())
        return text.isEmpty ? nil : text
    }()

    /// Every command, in the order `spbe help` lists them.
    public static var commands: [any Command.Type] { registeredCommands }

    /// Runs the command line (without the program name) and returns the exit status.
    public static func main(_ arguments: [String], context: Context) -> ExitCode {
        let status = dispatch(arguments, context: context)
        context.stdout.flush()
        // A closed standard output or a full disk: the output is incomplete, whatever the command found.
        guard !context.stdout.failed else {
            context.stderr.line(
                "spbe: \(Messages.errorWord.text(context.language)): \(Messages.cannotWriteOutput.text(context.language))"
            )
            return .failure
        }
        return context.stderr.failed && status == .success ? .failure : status
    }

    private static func dispatch(_ arguments: [String], context: Context) -> ExitCode {
        var context = context
        var arguments = arguments
        do {
            if let language = try extractLanguage(&arguments) {
                context.language = language
                context.languageIsExplicit = true
            }
        } catch let error as UsageError {
            return usageFailure(error, hint: generalHint(context.language), context)
        } catch {}
        let language = context.language
        if arguments == ["-C"] || arguments == ["--repository"] {
            return usageFailure(
                UsageError(Messages.missingValue("--repository", "DIR")), hint: generalHint(language), context)
        }
        let hoisted = hoistRepository(&arguments)
        guard let first = arguments.first else {
            return usageFailure(UsageError(Messages.missingCommand), hint: generalHint(language), context)
        }
        switch first {
        case "--version", "version":
            context.stdout.line("spbe \(version)" + (commit.map { " (commit \($0))" } ?? ""))
            return .success
        case "--help", "-h":
            context.stdout.write(generalHelp(language))
            return .success
        case "help":
            guard arguments.count > 1 else {
                context.stdout.write(generalHelp(language))
                return .success
            }
            if arguments.count == 2, command(named: arguments[1]) == nil, !subcommands(of: arguments[1]).isEmpty {
                context.stdout.write(groupHelp(arguments[1], language))
                return .success
            }
            do {
                context.stdout.write(try resolve(Array(arguments.dropFirst())).command.help(language))
                return .success
            } catch let error as UsageError {
                return usageFailure(error, hint: generalHint(language), context)
            } catch {
                return .failure
            }
        default:
            break
        }
        if arguments.count == 2, ["--help", "-h"].contains(arguments[1]), command(named: first) == nil,
            !subcommands(of: first).isEmpty
        {
            context.stdout.write(groupHelp(first, language))
            return .success
        }
        let command: any Command.Type
        let rest: [String]
        do {
            let resolved = try resolve(arguments)
            command = resolved.command
            rest = hoisted + arguments.dropFirst(resolved.words)
        } catch let error as UsageError {
            return usageFailure(error, hint: generalHint(language), context)
        } catch {
            return .failure
        }
        if rest.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }) {
            context.stdout.write(command.help(language))
            return .success
        }
        return run(command, rest, context)
    }

    /// `spbe -C DIR COMMAND …` (or `-CDIR`, `-C=DIR`, `--repository DIR`, `--repository=DIR`), as with git, means
    /// `spbe COMMAND -C DIR …`: the leading option is taken off and handed to the command.
    private static func hoistRepository(_ arguments: inout [String]) -> [String] {
        guard let first = arguments.first else { return [] }
        let count: Int
        if first == "-C" || first == "--repository" {
            count = 2
        } else if first.hasPrefix("--repository=") || (first.hasPrefix("-C") && first.count > 2) {
            count = 1
        } else {
            return []
        }
        guard arguments.count >= count else { return [] }
        defer { arguments.removeFirst(count) }
        return Array(arguments.prefix(count))
    }

    /// The command the leading words name (`lint`, `evidence add`) and how many words that took.
    static func resolve(_ arguments: [String]) throws -> (command: any Command.Type, words: Int) {
        let first = arguments[0]
        if arguments.count > 1, let command = command(named: first + " " + arguments[1]) { return (command, 2) }
        let subcommands = subcommands(of: first).map { String($0.name.dropFirst(first.count + 1)) }
        if let command = command(named: first) {
            // `evidence remove …`: a word where a command without arguments of its own has subcommands.
            if !subcommands.isEmpty, command.positionals.maximum == 0, arguments.count > 1,
                !arguments[1].hasPrefix("-")
            {
                throw UsageError(
                    Messages.unknownCommand(first + " " + arguments[1], known: subcommands.map { first + " " + $0 }))
            }
            return (command, 1)
        }
        guard !subcommands.isEmpty else {
            let known = commands.map { String($0.name.prefix { $0 != " " }) }
            throw UsageError(Messages.unknownCommand(first, known: known))
        }
        guard arguments.count > 1, !arguments[1].hasPrefix("-") else {
            throw UsageError(Messages.missingSubcommand(first, subcommands))
        }
        throw UsageError(
            Messages.unknownCommand(first + " " + arguments[1], known: subcommands.map { first + " " + $0 }))
    }

    /// `spbe help cycle`: the group's subcommands, for a group that is no command of its own.
    static func groupHelp(_ group: String, _ language: Language) -> String {
        let commands = subcommands(of: group)
        var text = "\(Messages.usageWord.text(language)): spbe \(group) \(Messages.subcommandWord.text(language))\n\n"
        text += "\(Messages.subcommandsWord.text(language)):\n"
        text += HelpText.table(commands.map { ($0.name, $0.summary.text(language)) })
        text += "\n" + Messages.moreHelp.text(language) + "\n"
        return text
    }

    /// The commands named `group …` (`evidence add` for `evidence`).
    static func subcommands(of group: String) -> [any Command.Type] {
        commands.filter { $0.name.hasPrefix(group + " ") }
    }

    private static func run(_ command: any Command.Type, _ arguments: [String], _ context: Context) -> ExitCode {
        do {
            return try command.parse(arguments).run(context)
        } catch let error as UsageError {
            return usageFailure(error, hint: command.usageHint(context.language), context)
        } catch let error as GitError {
            return failure(Messages.describe(error), context)
        } catch let error as ToolError {
            return failure(error.message, context)
        } catch {
            return failure(Localized(en: "\(error)", indonesian: "\(error)"), context)
        }
    }

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.name == name }
    }

    /// Prints `spbe: error: …` on stderr and returns exit status 2.
    static func failure(_ message: Localized, _ context: Context) -> ExitCode {
        context.stderr.line("spbe: \(Messages.errorWord.text(context.language)): \(message.text(context.language))")
        return .failure
    }

    /// Prints the error and the synopsis (not the whole help) on stderr and returns exit status 64.
    private static func usageFailure(_ error: UsageError, hint: String, _ context: Context) -> ExitCode {
        context.stderr.line(
            "spbe: \(Messages.errorWord.text(context.language)): \(error.message.text(context.language))")
        context.stderr.write(hint)
        return .usage
    }

    /// The general synopsis and where the list of commands is.
    static func generalHint(_ language: Language) -> String {
        "\(generalSynopsis(language))\n\(Messages.moreHelp.text(language))\n"
    }

    private static func generalSynopsis(_ language: Language) -> String {
        let usage = Messages.usageWord.text(language)
        let command = Messages.commandWord.text(language)
        return "\(usage): spbe [--version] [--lang id|en] \(command) [\(Messages.optionsWord.text(language))]"
    }

    /// Removes `--lang X` / `--lang=X` from anywhere before `--`, returning the language it names.
    private static func extractLanguage(_ arguments: inout [String]) throws -> Language? {
        var language: Language?
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            var value: String?
            if argument == "--lang" {
                guard index + 1 < arguments.count else { throw UsageError(Messages.missingValue("--lang", "id|en")) }
                value = arguments[index + 1]
                arguments.removeSubrange(index...(index + 1))
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
                arguments.remove(at: index)
            } else {
                index += 1
                continue
            }
            guard let value, let parsed = Language(rawValue: value) else {
                throw UsageError(Messages.badChoice("--lang", value ?? "", ["id", "en"]))
            }
            language = parsed
        }
        return language
    }

    /// The text of `spbe help`.
    static func generalHelp(_ language: Language) -> String {
        var text = HelpText.wrap(Messages.tagline.text(language), indent: 0) + "\n\n"
        text += generalSynopsis(language) + "\n\n"
        text += "\(Messages.commandsWord.text(language)):\n"
        text += HelpText.table(commands.map { ($0.name, $0.summary.text(language)) })
        text += "\n" + Messages.moreHelp.text(language) + "\n"
        return text
    }
}

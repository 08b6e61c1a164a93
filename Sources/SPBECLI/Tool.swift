import Foundation
import GitStore
import SPBECore

/// The `spbe` command line: dispatches to a command and turns every error into a message and exit status.
public enum Tool {
    /// The tool's version, printed by `--version` and recorded in JSON output.
    public static let version = "0.1.0"

    /// Every command, in the order `spbe help` lists them.
    public static var commands: [any Command.Type] { registeredCommands }

    /// Runs the command line (without the program name) and returns the exit status.
    public static func main(_ arguments: [String], context: Context) -> ExitCode {
        defer { context.stdout.flush() }
        var context = context
        var arguments = arguments
        do {
            if let language = try extractLanguage(&arguments) {
                context.language = language
                context.languageIsExplicit = true
            }
        } catch let error as UsageError {
            return usageFailure(error, help: generalHelp(context.language), context)
        } catch {}
        let language = context.language
        // `spbe -C DIR COMMAND …`, as with git, means `spbe COMMAND -C DIR …`.
        if arguments.count >= 3, arguments[0] == "-C" || arguments[0] == "--repository" {
            let option = Array(arguments.prefix(2))
            arguments.removeFirst(2)
            arguments.insert(contentsOf: option, at: 1)
        }

        guard let first = arguments.first else {
            context.stderr.write(generalHelp(language))
            return .usage
        }
        switch first {
        case "--version", "version":
            context.stdout.line("spbe \(version)")
            return .success
        case "--help", "-h":
            context.stdout.write(generalHelp(language))
            return .success
        case "help":
            guard arguments.count > 1 else {
                context.stdout.write(generalHelp(language))
                return .success
            }
            guard let command = command(named: arguments[1]) else {
                return usageFailure(
                    UsageError(Messages.unknownCommand(arguments[1])), help: generalHelp(language), context)
            }
            context.stdout.write(command.help(language))
            return .success
        default:
            break
        }
        guard let command = command(named: first) else {
            return usageFailure(UsageError(Messages.unknownCommand(first)), help: generalHelp(language), context)
        }
        let rest = Array(arguments.dropFirst())
        if rest.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }) {
            context.stdout.write(command.help(language))
            return .success
        }
        return run(command, rest, context)
    }

    private static func run(_ command: any Command.Type, _ arguments: [String], _ context: Context) -> ExitCode {
        do {
            return try command.parse(arguments).run(context)
        } catch let error as UsageError {
            return usageFailure(error, help: command.help(context.language), context)
        } catch let error as GitError {
            return failure(Messages.describe(error), context)
        } catch let error as ToolError {
            return failure(error.message, context)
        } catch {
            return failure(Localized(en: "\(error)", id: "\(error)"), context)
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

    private static func usageFailure(_ error: UsageError, help: String, _ context: Context) -> ExitCode {
        context.stderr.line(
            "spbe: \(Messages.errorWord.text(context.language)): \(error.message.text(context.language))")
        context.stderr.write("\n" + help)
        return .usage
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
        var text = Messages.tagline.text(language) + "\n\n"
        text +=
            "\(Messages.usageWord.text(language)): spbe [--version] [--lang id|en] \(Messages.commandWord.text(language)) [\(Messages.optionsWord.text(language))]\n\n"
        text += "\(Messages.commandsWord.text(language)):\n"
        let width = commands.map { $0.name.count }.max() ?? 0
        for command in commands {
            text +=
                "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + command.summary.text(language) + "\n"
        }
        text += "\n" + Messages.moreHelp.text(language) + "\n"
        return text
    }
}

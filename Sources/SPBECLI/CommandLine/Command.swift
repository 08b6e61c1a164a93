import Foundation
import SPBECore

/// A subcommand: a small value type made from its parsed arguments (validated there) that runs in a context.
/// It declares its options and positional arguments; parsing, the synopsis and the help follow from them.
public protocol Command {
    /// The words after `spbe`: `lint`, or a subcommand's `evidence add`.
    static var name: String { get }
    /// One line for `spbe help`.
    static var summary: Localized { get }
    /// The options it accepts (shared groups included); `--lang` and `--help` are everyone's.
    static var options: [any OptionDeclaration] { get }
    /// Its positional arguments (default: none).
    static var positionals: Arity { get }

    /// Takes the parsed command line (the positional count already checked); throws `UsageError` for
    /// anything malformed.
    init(_ arguments: ParsedArguments) throws

    /// Does the work, printing to the context's streams; returns the exit status.
    func run(_ context: Context) throws -> ExitCode
}

extension Command {
    public static var positionals: Arity { .none }

    /// Every option the command line accepts for it, the shared ones last.
    static var allOptions: [any OptionDeclaration] { options + [CommonOptions.lang, CommonOptions.help] }

    /// Parses a command line into the command.
    static func parse(_ arguments: [String]) throws -> Self {
        let parsed = try ParsedArguments(arguments, options: allOptions)
        try positionals.check(parsed.positionals)
        return try Self(parsed)
    }

    /// `spbe NAME [options] POSITIONALS`, from the declarations.
    public static func synopsis(_ language: Language = .en) -> String {
        [
            "spbe", name, options.isEmpty ? "" : "[\(Messages.optionsWord.text(language))]",
            Placeholder.text(positionals.synopsis, language),
        ].filter {
            !$0.isEmpty
        }.joined(
            separator: " ")
    }

    /// The text of `spbe help NAME` and `spbe NAME --help`, wrapped at 100 columns.
    public static func help(_ language: Language) -> String {
        var text = "\(Messages.usageWord.text(language)): \(synopsis(language))\n\n"
        text += HelpText.wrap(summary.text(language), indent: 0) + "\n"
        let subcommands = Tool.subcommands(of: name)
        if !subcommands.isEmpty {
            text += "\n\(Messages.subcommandsWord.text(language)):\n"
            text += HelpText.table(subcommands.map { ($0.name, $0.summary.text(language)) })
        }
        text += "\n\(Messages.optionsWord.text(language)):\n"
        text += HelpText.table(
            allOptions.map(\.spec).map { option in
                var left = option.short.map { "-\($0), " } ?? "    "
                left += "--\(option.name)"
                if let value = option.valueName { left += " " + Placeholder.text(value, language) }
                return (left, option.help.text(language))
            })
        return text
    }

    /// What a usage error prints after the error: the synopsis and where the whole help is.
    static func usageHint(_ language: Language) -> String {
        "\(Messages.usageWord.text(language)): \(synopsis(language))\n\(Messages.seeHelp(name).text(language))\n"
    }
}

import SPBECore
import Foundation

/// A subcommand: a small value type made from its parsed arguments (validated there) that runs in a context.
public protocol Command {
    /// The word after `spbe`.
    static var name: String { get }
    /// One line for `spbe help`.
    static var summary: Localized { get }
    /// The synopsis after `spbe NAME`, e.g. `[options] A B`.
    static var synopsis: String { get }
    /// The options it accepts, shared ones included.
    static var options: [OptionSpec] { get }

    /// Takes the parsed command line; throws `UsageError` for anything malformed.
    init(_ arguments: ParsedArguments) throws

    /// Does the work, printing to the context's streams; returns the exit status.
    func run(_ context: Context) throws -> ExitCode
}

extension Command {
    /// The text of `spbe help NAME` and `spbe NAME --help`.
    public static func help(_ language: Language) -> String {
        var text = "\(Messages.usageWord.text(language)): spbe \(name) \(synopsis)\n\n\(summary.text(language))\n"
        let all = options + [CommonOptions.help]
        text += "\n\(Messages.optionsWord.text(language)):\n"
        let rows = all.map { option -> (String, String) in
            var left = option.short.map { "-\($0), " } ?? "    "
            left += "--\(option.name)"
            if let value = option.valueName { left += " \(value)" }
            return (left, option.help.text(language))
        }
        let width = rows.map(\.0.count).max() ?? 0
        for (left, right) in rows {
            text += "  " + left.padding(toLength: width + 2, withPad: " ", startingAt: 0) + right + "\n"
        }
        return text
    }
}

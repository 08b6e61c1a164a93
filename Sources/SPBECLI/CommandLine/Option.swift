import SPBECore

/// What a shell offers to complete a value or a positional argument with.
public enum Completion: Sendable, Equatable {
    case nothing, file, folder, revision, cycle, scope, agency
    case choices([String])

    /// What a placeholder implies: `REV` a revision, `DIR` a folder, `FILE` a file, `a|b` those choices.
    static func implied(by placeholder: String) -> Completion {
        switch placeholder {
        case "REV", "A", "B", "TAG": return .revision
        case "RANGE": return .cycle
        case "DIR": return .folder
        case "FILE", "PATH": return .file
        default:
            let choices = placeholder.split(separator: "|").map(String.init)
            return choices.count > 1 ? .choices(choices) : .nothing
        }
    }
}

/// How an option is spelled and described: `--name`, optionally `-x`, optionally taking a value.
public struct OptionSpec: Sendable {
    public let name: String
    public let short: Character?
    /// The value's placeholder (`REV`); nil for a flag.
    public let valueName: String?
    public let help: Localized
    /// How a shell completes the value.
    public let completion: Completion

    public init(
        _ name: String, short: Character? = nil, value: String? = nil, help: Localized, completion: Completion? = nil
    ) {
        self.name = name
        self.short = short
        valueName = value
        self.help = help
        self.completion = completion ?? value.map(Completion.implied) ?? .nothing
    }
}

/// Anything a command declares in its `options`: a flag or an option with a value.
public protocol OptionDeclaration: Sendable {
    var spec: OptionSpec { get }
}

/// A flag (`--strict`), read as `arguments[LintCommand.strict]`: true when given.
public struct Flag: OptionDeclaration {
    public let spec: OptionSpec

    public init(_ name: String, short: Character? = nil, help: Localized) {
        spec = OptionSpec(name, short: short, help: help)
    }
}

/// An option taking a value (`--rev REV`), read as `arguments[SourceOptions.rev]`, converted to `Value` once;
/// a value that does not convert is a usage error naming the option.
public struct Option<Value>: OptionDeclaration {
    public let spec: OptionSpec
    let convert: @Sendable (String) throws -> Value

    public init(
        _ name: String, short: Character? = nil, value: String, help: Localized, completion: Completion? = nil,
        convert: @escaping @Sendable (String) throws -> Value
    ) {
        spec = OptionSpec(name, short: short, value: value, help: help, completion: completion)
        self.convert = convert
    }
}

extension Option where Value == String {
    public init(
        _ name: String, short: Character? = nil, value: String, help: Localized, completion: Completion? = nil
    ) {
        self.init(name, short: short, value: value, help: help, completion: completion) { $0 }
    }
}

extension Option where Value: RawRepresentable<String> & CaseIterable & Sendable {
    /// An option whose value is one of an enum's cases (`--format text|json`); the first case is the default.
    public init(_ name: String, help: Localized) {
        let choices = Value.allCases.map(\.rawValue)
        self.init(name, value: choices.joined(separator: "|"), help: help) { text in
            // The Indonesian words the output uses are accepted too (`--stage dokumen`, `--kind laporan`).
            guard let value = Value(rawValue: text) ?? Value(rawValue: SheetLayout.choice(text)) else {
                throw UsageError(Messages.badChoice("--" + name, text, choices))
            }
            return value
        }
    }

    /// `--format` over the enum's cases, the first being the default.
    public static var format: Option<Value> {
        let first = Value.allCases.first?.rawValue ?? ""
        return Option(
            "format",
            help: Localized(en: "output format (default \(first))", indonesian: "format keluaran (bawaan '\(first)')"))
    }
}

/// How many positional arguments a command takes, and their names for the synopsis and messages.
public struct Arity: Sendable {
    let minimum: Int
    let maximum: Int?
    let names: [String]

    /// No positional argument.
    public static let none = Arity(minimum: 0, maximum: 0, names: [])
    /// Exactly these, in order (`DIR`, `SCOPE/INDICATOR`).
    public static func exactly(_ names: String...) -> Arity {
        Arity(minimum: names.count, maximum: names.count, names: names)
    }
    /// Up to these, each optional (`[A [B]]`).
    public static func atMost(_ names: String...) -> Arity { Arity(minimum: 0, maximum: names.count, names: names) }
    /// Any number, at least `minimum` (`FILE…`, `[PATH…]`).
    public static func atLeast(_ minimum: Int, _ name: String) -> Arity {
        Arity(minimum: minimum, maximum: nil, names: [name])
    }

    /// How a shell completes the argument at `position` (0-based), from its name.
    func completion(at position: Int) -> Completion {
        guard let name = names.indices.contains(position) ? names[position] : (maximum == nil ? names.last : nil)
        else { return .nothing }
        return Completion.implied(by: name)
    }

    /// Throws a usage error naming the first missing or the first extra argument.
    func check(_ positionals: [String]) throws {
        if positionals.count < minimum {
            throw UsageError(Messages.missingArgument(names[min(positionals.count, names.count - 1)]))
        }
        if let maximum, positionals.count > maximum {
            throw UsageError(Messages.unexpectedArgument(positionals[maximum]))
        }
    }

    /// `DIR`, `[A [B]]`, `FILE…`, `[PATH…]`.
    var synopsis: String {
        guard let maximum else { return minimum == 0 ? "[\(names[0])…]" : "\(names[0])…" }
        let required = names.prefix(minimum).joined(separator: " ")
        let optional = names[minimum..<maximum].reversed().reduce("") { rest, name in
            "[\(name)\(rest.isEmpty ? "" : " " + rest)]"
        }
        return [required, optional].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

import SPBECore

/// Bad usage, reported with the command's usage and exit status 64.
public struct UsageError: Error, Equatable {
    public let message: Localized
    public init(_ message: Localized) { self.message = message }
}

/// The command line after parsing against a command's declared options, read through those declarations:
/// `arguments[SourceOptions.rev]`, `arguments[LintCommand.strict]`, `try arguments.all(SourceOptions.scope)`.
public struct ParsedArguments: Sendable {
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []
    private let declared: Set<String>
    public private(set) var positionals: [String] = []

    /// Parses `arguments` against `options`; `--` ends the options. A value goes after its option (`--rev X`,
    /// `-C DIR`), joined with `=` (`--rev=X`, `-C=DIR`) or, for a short option, attached (`-CDIR`); a separate
    /// value that looks like an option is refused, as swift-argument-parser does (`--scope --strict`).
    public init(_ arguments: [String], options: [any OptionDeclaration]) throws {
        let specs = options.map(\.spec)
        declared = Set(specs.map(\.name))
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            let (name, inlineValue) = Self.split(argument)
            guard let spec = Self.find(name, in: specs) else {
                throw UsageError(Messages.unknownOption(name, known: specs.map { "--" + $0.name }))
            }
            guard let valueName = spec.valueName else {
                if inlineValue != nil { throw UsageError(Messages.optionTakesNoValue("--" + spec.name)) }
                flags.insert(spec.name)
                continue
            }
            if let inlineValue {
                values[spec.name, default: []].append(inlineValue)
            } else if index < arguments.count {
                let value = arguments[index]
                if Self.looksLikeOption(value) {
                    throw UsageError(Messages.valueLooksLikeOption("--" + spec.name, value))
                }
                values[spec.name, default: []].append(value)
                index += 1
            } else {
                throw UsageError(Messages.missingValue("--" + spec.name, valueName))
            }
        }
    }

    /// `--name=value` → (`--name`, value); `-Xvalue` and `-X=value` → (`-X`, value); anything else has no value.
    private static func split(_ argument: String) -> (name: String, value: String?) {
        if argument.hasPrefix("--") {
            guard let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
            return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
        }
        guard argument.count > 2 else { return (argument, nil) }
        let name = String(argument.prefix(2))
        let rest = argument.dropFirst(2)
        return (name, String(rest.hasPrefix("=") ? rest.dropFirst() : rest))
    }

    /// `-x`, `--name`: not `-` (standard input or output) and not a negative number.
    static func looksLikeOption(_ value: String) -> Bool {
        guard value.count > 1, value.hasPrefix("-") else { return false }
        return Double(value) == nil
    }

    /// Whether a flag was given.
    public subscript(flag: Flag) -> Bool {
        requireDeclared(flag.spec)
        return flags.contains(flag.spec.name)
    }

    /// The last value given for an option, converted; nil when not given.
    public subscript<Value>(option: Option<Value>) -> Value? {
        get throws {
            requireDeclared(option.spec)
            return try values[option.spec.name]?.last.map(option.convert)
        }
    }

    /// Every value given for a repeatable option, in order, converted.
    public func all<Value>(_ option: Option<Value>) throws -> [Value] {
        requireDeclared(option.spec)
        return try (values[option.spec.name] ?? []).map(option.convert)
    }

    /// Reading an option the command did not declare is a programming error, caught by every command's tests.
    private func requireDeclared(_ spec: OptionSpec) {
        precondition(declared.contains(spec.name), "option --\(spec.name) is read but not declared")
    }

    private static func find(_ argument: String, in options: [OptionSpec]) -> OptionSpec? {
        if argument.hasPrefix("--") {
            let name = argument.dropFirst(2)
            return options.first { $0.name == name }
        }
        guard argument.count == 2, let letter = argument.last else { return nil }
        return options.first { $0.short == letter }
    }
}

import SPBECore
/// One option a command accepts: `--name`, optionally `-x`, optionally taking a value.
public struct OptionSpec: Sendable {
    public let name: String
    public let short: Character?
    /// The value's placeholder (`REV`); nil for a flag.
    public let valueName: String?
    public let help: Localized

    public init(_ name: String, short: Character? = nil, value: String? = nil, help: Localized) {
        self.name = name
        self.short = short
        valueName = value
        self.help = help
    }
}

/// Bad usage, reported with the command's usage and exit status 64.
public struct UsageError: Error, Equatable {
    public let message: Localized
    public init(_ message: Localized) { self.message = message }
}

/// The command line after parsing: option values by name, flags, and positional arguments in order.
public struct ParsedArguments: Sendable {
    public private(set) var values: [String: [String]] = [:]
    public private(set) var flags: Set<String> = []
    public private(set) var positionals: [String] = []

    /// Parses `arguments` against `options`; `--` ends the options.
    public init(_ arguments: [String], options: [OptionSpec]) throws {
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
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = Self.find(name, in: options) else {
                throw UsageError(Messages.unknownOption(argument))
            }
            guard spec.valueName != nil else {
                if inlineValue != nil { throw UsageError(Messages.optionTakesNoValue("--" + spec.name)) }
                flags.insert(spec.name)
                continue
            }
            if let inlineValue {
                values[spec.name, default: []].append(inlineValue)
            } else if index < arguments.count {
                values[spec.name, default: []].append(arguments[index])
                index += 1
            } else {
                throw UsageError(Messages.missingValue("--" + spec.name, spec.valueName ?? ""))
            }
        }
    }

    /// The last value given for an option.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// Every value given for a repeatable option, in order.
    public func all(_ name: String) -> [String] { values[name] ?? [] }

    public func flag(_ name: String) -> Bool { flags.contains(name) }

    private static func find(_ argument: String, in options: [OptionSpec]) -> OptionSpec? {
        if argument.hasPrefix("--") {
            let name = argument.dropFirst(2)
            return options.first { $0.name == name }
        }
        guard argument.count == 2, let letter = argument.last else { return nil }
        return options.first { $0.short == letter }
    }
}

/// A JSON value for output, with keys kept in the order written (so output is stable and diffable).
public indirect enum OutputJSON {
    case object([(String, OutputJSON)])
    case array([OutputJSON])
    case string(String)
    /// A number written exactly as given.
    case number(String)
    case bool(Bool)
    case null

    public static func int(_ value: Int) -> OutputJSON { .number(String(value)) }
    public static func optional(_ value: String?) -> OutputJSON { value.map(OutputJSON.string) ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public var rendered: String {
        var out = ""
        write(into: &out, indent: "")
        return out + "\n"
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .object(let members):
            guard !members.isEmpty else { return out += "{}" }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += indent + "  " + JSONWriter.quoted(key) + ": "
                value.write(into: &out, indent: indent + "  ")
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        case .array(let elements):
            guard !elements.isEmpty else { return out += "[]" }
            out += "[\n"
            for (index, value) in elements.enumerated() {
                out += indent + "  "
                value.write(into: &out, indent: indent + "  ")
                out += index == elements.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .string(let text): out += JSONWriter.quoted(text)
        case .number(let literal): out += literal
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        }
    }
}

extension Rational {
    /// The documented JSON shape of an exact value: `{"display": "3.42", "exact": "683/200", "decimal": "3.415"}`.
    public func json(decimals: Int) -> OutputJSON {
        .object([
            ("display", .string(rounded(decimals))),
            ("exact", .string(description)),
            ("decimal", .string(exactDecimal ?? rounded(12))),
        ])
    }

    /// The exact decimal expansion when it ends (denominator of only 2s and 5s), else nil.
    public var exactDecimal: String? {
        var rest = denominator
        var twos = 0
        var fives = 0
        while rest % 2 == 0 { rest /= 2; twos += 1 }
        while rest % 5 == 0 { rest /= 5; fives += 1 }
        guard rest == 1 else { return nil }
        let places = max(twos, fives)
        guard places > 0 else { return String(numerator) }
        var text = rounded(places)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

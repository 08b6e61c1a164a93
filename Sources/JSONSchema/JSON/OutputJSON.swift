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

extension OutputJSON {
    /// A parsed value as output: strings by value, numbers as written, members in their order.
    public init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .number(let number): self = .number(number.literal)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .array(elements.map(OutputJSON.init))
        case .object(let members): self = .object(members.map { ($0.key, OutputJSON($0.node)) })
        }
    }

    /// An object with `key` set to `value` (replaced in place, else appended); nil removes it. Other values unchanged.
    public func setting(_ key: String, _ value: OutputJSON?) -> OutputJSON {
        guard case .object(var members) = self else { return self }
        if let position = members.firstIndex(where: { $0.0 == key }) {
            if let value { members[position].1 = value } else { members.remove(at: position) }
        } else if let value {
            members.append((key, value))
        }
        return .object(members)
    }
}

import SPBECore

/// The members every command's JSON output starts with (`tool`: name and version), written in one place so
/// that the documented shape cannot drift between commands.
enum JSONEnvelope {
    static var tool: OutputJSON { .object([("name", .string("spbe")), ("version", .string(Tool.version))]) }

    /// `{"tool": …, <members>}`.
    static func object(_ members: [(String, OutputJSON)]) -> OutputJSON { .object([("tool", tool)] + members) }

    /// `{"tool": …, "frameworks": [ids], <members>}`: for outputs computed under frameworks, each id once, in order.
    static func object(frameworks: [String], _ members: [(String, OutputJSON)]) -> OutputJSON {
        var ids: [String] = []
        for id in frameworks where !ids.contains(id) { ids.append(id) }
        return .object([("tool", tool), ("frameworks", .array(ids.map(OutputJSON.string)))] + members)
    }
}

extension Rational {
    /// A change as JSON whose `display` is what the text shows (`+0.585`, `≈+0.636364`), not a rounding of it.
    var changeJSON: OutputJSON { json(display: Figures.signed(self)) }
    /// A contribution as JSON whose `display` is the text's (`0.0825`, exact within six places).
    var pointsJSON: OutputJSON { json(display: Figures.points(self)) }

    private func json(display: String) -> OutputJSON {
        .object([
            ("display", .string(display)), ("exact", .string(description)),
            ("decimal", .string(exactDecimal ?? rounded(12))),
        ])
    }
}

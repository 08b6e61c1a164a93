import SPBECore

/// The members every command's JSON output starts with (`tool`: name and version), written in one place so
/// that the documented shape cannot drift between commands.
enum JSONEnvelope {
    static var tool: OutputJSON { .object([("name", .string("spbe")), ("version", .string(Tool.version))]) }

    /// `{"tool": …, <members>}`.
    static func object(_ members: [(String, OutputJSON)]) -> OutputJSON { .object([("tool", tool)] + members) }
}

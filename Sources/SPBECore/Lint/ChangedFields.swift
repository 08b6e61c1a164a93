/// Which parts of an agency file a commit changed, for the field-aware ownership rule: the assessors' levels
/// are the evaluation team's, everything else (levels, explanations, evidence, follow-ups) the agency's.
public struct ChangedFields: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Any indicator's `assessor` object.
    public static let assessor = ChangedFields(rawValue: 1)
    /// Anything else in the file.
    public static let agency = ChangedFields(rawValue: 2)

    /// Compares an agency file before and after a commit (nil: absent). A file that does not parse counts as an
    /// agency change; an added or removed file changes the assessors' part when it holds assessors' levels.
    public static func between(_ old: [UInt8]?, _ new: [UInt8]?) -> ChangedFields {
        let parser = JSONParser()
        let before = old.flatMap { try? parser.parse($0).root }
        let after = new.flatMap { try? parser.parse($0).root }
        if (old != nil && before == nil) || (new != nil && after == nil) { return .agency }
        var changed: ChangedFields = []
        if assessorParts(before) != assessorParts(after) { changed.insert(.assessor) }
        if agencyParts(before) != agencyParts(after) { changed.insert(.agency) }
        return changed
    }

    /// Indicator id → its `assessor` object, as canonical text.
    private static func assessorParts(_ root: JSONNode?) -> [String: String] {
        var parts: [String: String] = [:]
        for member in root?["indicators"]?.members ?? [] {
            if let assessor = member.node["assessor"] { parts[member.key] = OutputJSON(assessor).rendered }
        }
        return parts
    }

    /// The whole file without the `assessor` objects, as canonical text.
    private static func agencyParts(_ root: JSONNode?) -> String? {
        guard let root else { return nil }
        var output = OutputJSON(root)
        if let members = root["indicators"]?.members {
            output = output.setting(
                "indicators", .object(members.map { ($0.key, OutputJSON($0.node).setting("assessor", nil)) }))
        }
        return output.rendered
    }
}

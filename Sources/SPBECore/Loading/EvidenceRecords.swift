/// Records evidence in an agency file's JSON: refreshes the `sha256` of every item with a `path`, or adds an item
/// for a new file. Decided here, written by the command line (`spbe evidence`).
public enum EvidenceRecords {
    /// One item whose recorded hash is missing or differs from its file's.
    public struct Refresh: Sendable, Equatable {
        public let indicator: String
        public let path: String
        public let old: String?
        /// Nil when the file does not exist: nothing can be recorded.
        public let new: String?
    }

    /// The file with every item's `sha256` set to what `hash(path)` gives (nil: the file is missing, left as is),
    /// and the items that changed or could not be hashed.
    public static func refresh(_ root: JSONNode, hash: (String) -> String?) -> (OutputJSON, [Refresh]) {
        var refreshes: [Refresh] = []
        var indicators: [(String, OutputJSON)] = []
        for member in root["indicators"]?.members ?? [] {
            var indicator = OutputJSON(member.node)
            if let items = member.node["evidence"]?.elements {
                let updated = items.map { item -> OutputJSON in
                    guard let path = item["path"]?.string else { return OutputJSON(item) }
                    let old = item["sha256"]?.string
                    let new = hash(path)
                    if let new, new == old?.lowercased() { return OutputJSON(item) }
                    refreshes.append(Refresh(indicator: member.key, path: path, old: old, new: new))
                    return new.map { OutputJSON(item).setting("sha256", .string($0)) } ?? OutputJSON(item)
                }
                indicator = indicator.setting("evidence", .array(updated))
            }
            indicators.append((member.key, indicator))
        }
        return (OutputJSON(root).setting("indicators", .object(indicators)), refreshes)
    }

    /// The file with one evidence item appended to an indicator's list; nil when the file does not hold the
    /// indicator (the agency has not assessed it yet: it needs a level and an explanation first).
    public static func add(_ root: JSONNode, indicator id: String, item: OutputJSON) -> OutputJSON? {
        guard let members = root["indicators"]?.members, members.contains(where: { $0.key == id }) else { return nil }
        let indicators = members.map { member -> (String, OutputJSON) in
            guard member.key == id else { return (member.key, OutputJSON(member.node)) }
            let items = (member.node["evidence"]?.elements ?? []).map(OutputJSON.init) + [item]
            return (member.key, OutputJSON(member.node).setting("evidence", .array(items)))
        }
        return OutputJSON(root).setting("indicators", .object(indicators))
    }
}

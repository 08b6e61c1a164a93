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

    /// The file's bytes with every item's `sha256` set to what `hash(path)` gives (nil: the file is missing, left
    /// as is), and the items that changed or could not be hashed. Only the hashes change: a stale value is
    /// replaced where it stands, a missing one is added after its item's `path`, in the item's own layout.
    public static func refresh(_ document: JSONDocument, hash: (String) -> String?) -> ([UInt8], [Refresh]) {
        var refreshes: [Refresh] = []
        var edits: [(range: Range<Int>, bytes: [UInt8])] = []
        let bytes = document.bytes
        for member in document.root["indicators"]?.members ?? [] {
            for item in member.node["evidence"]?.elements ?? [] {
                guard let path = item["path"]?.string else { continue }
                let old = item["sha256"]?.string
                let new = hash(path)
                if let new, new == old?.lowercased() { continue }
                refreshes.append(Refresh(indicator: member.key, path: path, old: old, new: new))
                guard let new else { continue }
                let quoted = Array("\"\(new)\"".utf8)
                if let node = item["sha256"] {
                    edits.append((node.start..<node.end, quoted))
                } else if let pathMember = item.members?.first(where: { $0.key == "path" }) {
                    let end = pathMember.node.end
                    let oneLine = !bytes[item.start..<item.end].contains(UInt8(ascii: "\n"))
                    let separator =
                        oneLine
                        ? [UInt8(ascii: " ")] : [UInt8(ascii: "\n")] + indentation(of: pathMember.keyStart, in: bytes)
                    edits.append((end..<end, [UInt8(ascii: ",")] + separator + Array("\"sha256\": ".utf8) + quoted))
                }
            }
        }
        var output = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            output.replaceSubrange(edit.range, with: edit.bytes)
        }
        return (output, refreshes)
    }

    /// The spaces and tabs that start the line holding `offset`.
    private static func indentation(of offset: Int, in bytes: [UInt8]) -> [UInt8] {
        var start = offset
        while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        return Array(bytes[start..<offset].prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
    }

    /// The file with one evidence item appended to an indicator's list. An indicator the file does not hold yet
    /// gets an entry with the item alone (`isNewEntry`): its level and explanation are for the agency to fill in,
    /// and lint says so until they are.
    public static func add(_ root: JSONNode, indicator id: String, item: OutputJSON) -> (
        file: OutputJSON, isNewEntry: Bool
    ) {
        let members = root["indicators"]?.members ?? []
        var indicators = members.map { member -> (String, OutputJSON) in
            guard member.key == id else { return (member.key, OutputJSON(member.node)) }
            let items = (member.node["evidence"]?.elements ?? []).map(OutputJSON.init) + [item]
            return (member.key, OutputJSON(member.node).setting("evidence", .array(items)))
        }
        let isNew = !members.contains { $0.key == id }
        if isNew { indicators.append((id, .object([("evidence", .array([item]))]))) }
        return (OutputJSON(root).setting("indicators", .object(indicators)), isNew)
    }
}

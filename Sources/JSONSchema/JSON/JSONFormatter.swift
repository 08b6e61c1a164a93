/// Writes a parsed document in one canonical layout: two-space indentation, one member or element per line,
/// object keys in the order a schema lists them (others after, as they were), one newline at the end.
///
/// Lossless: every string and number is copied byte for byte from the source, escapes included.
public struct JSONFormatter {
    /// The schema whose `properties` order the keys; nil keeps every object's own order.
    let schema: SchemaValidator?

    public init(schema: SchemaValidator?) { self.schema = schema }

    public func format(_ document: JSONDocument) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(document.bytes.count + document.bytes.count / 4)
        write(document.root, schema: schema?.root, document: document, indent: 0, into: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private func write(_ node: JSONNode, schema: Schema?, document: JSONDocument, indent: Int, into out: inout [UInt8])
    {
        switch node.value {
        case .object(let members):
            guard !members.isEmpty else { return out += Array("{}".utf8) }
            out += Array("{\n".utf8)
            let order = keyOrder(schema)
            let sorted = members.enumerated().sorted { lhs, rhs in
                let left = order[lhs.element.key] ?? Int.max
                let right = order[rhs.element.key] ?? Int.max
                return left != right ? left < right : lhs.offset < rhs.offset
            }.map(\.element)
            for (index, member) in sorted.enumerated() {
                out += Array(repeating: UInt8(ascii: " "), count: indent + 2)
                out += Self.rawString(at: member.keyStart, in: document.bytes)
                out += Array(": ".utf8)
                write(
                    member.node, schema: child(schema, key: member.key), document: document, indent: indent + 2,
                    into: &out)
                out += Array((index == sorted.count - 1 ? "\n" : ",\n").utf8)
            }
            out += Array(repeating: UInt8(ascii: " "), count: indent)
            out.append(UInt8(ascii: "}"))
        case .array(let elements):
            guard !elements.isEmpty else { return out += Array("[]".utf8) }
            out += Array("[\n".utf8)
            for (index, element) in elements.enumerated() {
                out += Array(repeating: UInt8(ascii: " "), count: indent + 2)
                write(element, schema: item(schema, index: index), document: document, indent: indent + 2, into: &out)
                out += Array((index == elements.count - 1 ? "\n" : ",\n").utf8)
            }
            out += Array(repeating: UInt8(ascii: " "), count: indent)
            out.append(UInt8(ascii: "]"))
        default:
            out += document.bytes[node.start..<node.end]
        }
    }

    /// The bytes of the string literal starting at `start`, quotes included.
    private static func rawString(at start: Int, in bytes: [UInt8]) -> ArraySlice<UInt8> {
        var index = start + 1
        while index < bytes.count && bytes[index] != UInt8(ascii: "\"") {
            index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        return bytes[start...min(index, bytes.count - 1)]
    }

    /// The schemas that apply in place: the schema itself, what `$ref` and `allOf` lead to.
    private func applicable(_ schema: Schema?, depth: Int = 0) -> [Schema] {
        guard let schema, depth < 16 else { return [] }
        var result = [schema]
        if let ref = schema.keywords.ref {
            if schema.resolvedRef == nil { schema.resolvedRef = self.schema?.registry.schema(at: ref) }
            result += applicable(schema.resolvedRef, depth: depth + 1)
        }
        for part in schema.keywords.allOf ?? [] { result += applicable(part, depth: depth + 1) }
        return result
    }

    private func keyOrder(_ schema: Schema?) -> [String: Int] {
        var order: [String: Int] = [:]
        for candidate in applicable(schema) {
            for key in candidate.keywords.propertyOrder ?? [] where order[key] == nil { order[key] = order.count }
        }
        return order
    }

    private func child(_ schema: Schema?, key: String) -> Schema? {
        for candidate in applicable(schema) {
            if let property = candidate.keywords.properties?[key] { return property }
        }
        return applicable(schema).compactMap { $0.keywords.additionalProperties }.first
    }

    private func item(_ schema: Schema?, index: Int) -> Schema? {
        for candidate in applicable(schema) {
            if let prefix = candidate.keywords.prefixItems, index < prefix.count { return prefix[index] }
            if let items = candidate.keywords.items { return items }
        }
        return nil
    }
}

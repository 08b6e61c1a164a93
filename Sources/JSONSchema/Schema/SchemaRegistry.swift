/// The schema documents a validation may use, by URI; nothing is ever fetched from the network.
///
/// Loading a document registers every resource inside it (`$id`), every `$anchor` and `$dynamicAnchor`.
/// Not thread-safe: give each thread its own registry.
public final class SchemaRegistry {
    /// Where a registered resource or anchor lives.
    struct Location {
        let node: JSONNode
        let document: Int
        /// The base URI around the node: its own `$id`, if any, is applied when it is compiled.
        let base: String
        /// The location text for messages: resource URI and pointer.
        let pointer: String
    }

    private(set) var documents: [JSONNode] = []
    var resources: [String: Location] = [:]
    var anchors: [String: Location] = [:]
    var dynamicAnchors: Set<String> = []
    var compiled: [NodeKey: Schema] = [:]
    private var resourceNumbers: [String: Int] = [:]
    /// True once any loaded schema uses `unevaluatedItems` or `unevaluatedProperties`.
    private(set) var usesUnevaluated = false

    struct NodeKey: Hashable {
        let document: Int
        let offset: Int
    }

    public init() {}

    /// Registers a schema document under `uri` (absolute, e.g. `file:///schemas/assessment.schema.json`).
    /// A root `$id` registers it under that URI too.
    public func add(_ root: JSONNode, uri: String) {
        let document = documents.count
        documents.append(root)
        let retrieval = uri.splitFragment.0
        resources[retrieval] = Location(node: root, document: document, base: retrieval, pointer: retrieval + "#")
        scan(root, base: retrieval, document: document, pointer: "", isRoot: true)
    }

    /// A small number standing for a base URI, the same for every schema of that resource.
    func resourceNumber(_ base: String) -> Int {
        if let known = resourceNumbers[base] { return known }
        resourceNumbers[base] = resourceNumbers.count + 1
        return resourceNumbers.count
    }

    /// Whether a URI (without fragment) names a registered resource.
    public func contains(_ uri: String) -> Bool { resources[uri.splitFragment.0] != nil }

    /// The compiled schema at an absolute URI (with an optional `#pointer` or `#anchor` fragment).
    func schema(at uri: String) -> Schema? {
        let (resource, fragment) = uri.splitFragment
        if let fragment, !fragment.isEmpty, !fragment.hasPrefix("/") {
            guard let anchor = anchors[resource + "#" + fragment] else { return nil }
            return compile(anchor)
        }
        guard let root = resources[resource] else { return nil }
        guard let fragment, !fragment.isEmpty else { return compile(root) }
        guard let pointer = JSONPointer(parsing: fragment.removingPercentEncoding) else { return nil }
        var node = root.node
        var base = root.base
        var location = root.pointer
        for token in pointer.tokens {
            if let id = node["$id"]?.string {
                base = id.resolvedURI(against: base).splitFragment.0
                location = base + "#"
            }
            guard let next = node.resolve(JSONPointer([token])) else { return nil }
            node = next
            location += "/" + JSONPointer.escape(token)
        }
        return compile(Location(node: node, document: root.document, base: base, pointer: location))
    }

    /// Compiles (once) the schema at a location.
    func compile(_ location: Location) -> Schema {
        let key = NodeKey(document: location.document, offset: location.node.start)
        if let known = compiled[key] { return known }
        return SchemaCompiler(registry: self, document: location.document).compile(
            location.node, base: location.base, location: location.pointer)
    }

    /// Registers the resources and anchors below a schema, following only keywords that hold subschemas.
    private func scan(_ node: JSONNode, base: String, document: Int, pointer: String, isRoot: Bool) {
        guard let members = node.members else { return }
        let outer = base
        var base = base
        var pointer = pointer
        if let id = node["$id"]?.string {
            base = id.resolvedURI(against: base).splitFragment.0
            pointer = ""
            resources[base] = Location(node: node, document: document, base: outer, pointer: base + "#")
        }
        let here = Location(node: node, document: document, base: outer, pointer: base + "#" + pointer)
        if let anchor = node["$anchor"]?.string { anchors[base + "#" + anchor] = here }
        if let anchor = node["$dynamicAnchor"]?.string {
            anchors[base + "#" + anchor] = here
            dynamicAnchors.insert(base + "#" + anchor)
        }
        for member in members {
            let path = pointer + "/" + JSONPointer.escape(member.key)
            switch member.key {
            case "unevaluatedItems", "unevaluatedProperties":
                usesUnevaluated = true
                scan(member.node, base: base, document: document, pointer: path, isRoot: false)
            case "additionalProperties", "propertyNames", "items", "contains", "not", "if", "then", "else",
                "contentSchema":
                scan(member.node, base: base, document: document, pointer: path, isRoot: false)
            case "allOf", "anyOf", "oneOf", "prefixItems":
                for (index, element) in (member.node.elements ?? []).enumerated() {
                    scan(element, base: base, document: document, pointer: path + "/\(index)", isRoot: false)
                }
            case "$defs", "properties", "patternProperties", "dependentSchemas":
                for child in member.node.members ?? [] {
                    scan(
                        child.node, base: base, document: document, pointer: path + "/" + JSONPointer.escape(child.key),
                        isRoot: false)
                }
            default:
                break
            }
        }
    }
}

extension String {
    /// Decodes `%XX` escapes (as in URI fragments); invalid escapes are kept as written.
    var removingPercentEncoding: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        let utf8 = Array(self.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let value = UInt8(String(decoding: utf8[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

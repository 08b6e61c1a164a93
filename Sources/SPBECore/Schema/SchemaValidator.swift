/// Validates JSON instances against a compiled JSON Schema (draft 2020-12).
///
/// Not thread-safe (it keeps the instance path and dynamic scope while it runs): one per thread.
public final class SchemaValidator {
    let registry: SchemaRegistry
    let root: Schema
    /// Whether `format` asserts (true) or only annotates (false, the 2020-12 default).
    public var assertFormat: Bool

    var path: [PathToken] = []
    /// The base URIs of the resources entered so far, outermost first.
    var dynamicScope: [String] = []
    var errors: [SchemaError] = []
    let collectAnnotations: Bool

    enum PathToken {
        case key(String)
        case index(Int)
    }

    /// A validator for the schema at `uri` (with an optional fragment) in the registry; nil when there is none.
    public init?(registry: SchemaRegistry, uri: String, assertFormat: Bool = false) {
        guard let root = registry.schema(at: uri) else { return nil }
        self.registry = registry
        self.root = root
        self.assertFormat = assertFormat
        collectAnnotations = registry.usesUnevaluated
    }

    /// Every way `instance` fails the schema, in document order; empty when it is valid.
    public func validate(_ instance: JSONNode) -> [SchemaError] {
        errors = []
        path = []
        dynamicScope = []
        var evaluated = Evaluated()
        _ = check(root, instance, report: true, evaluated: &evaluated)
        return errors
    }

    /// True when `instance` is valid; stops at the first failure.
    public func isValid(_ instance: JSONNode) -> Bool {
        errors = []
        path = []
        dynamicScope = []
        var evaluated = Evaluated()
        return check(root, instance, report: false, evaluated: &evaluated)
    }

    /// The instance pointer of the value being checked now.
    var currentPointer: JSONPointer {
        JSONPointer(path.map {
            switch $0 {
            case .key(let key): key
            case .index(let index): String(index)
            }
        })
    }

    func fail(_ schema: Schema, _ keyword: String, _ message: Localized, report: Bool) {
        guard report else { return }
        errors.append(SchemaError(instancePointer: currentPointer, keyword: keyword, keywordLocation: schema.keywordLocation(keyword), message: message))
    }
}

/// What an instance's successful validation evaluated, for `unevaluatedProperties` and `unevaluatedItems`.
struct Evaluated {
    var properties: Set<String> = []
    var allProperties = false
    /// The first `items` array indices evaluated (by `prefixItems`).
    var prefix = 0
    var allItems = false
    var indices: Set<Int> = []

    mutating func merge(_ other: Evaluated) {
        properties.formUnion(other.properties)
        allProperties = allProperties || other.allProperties
        prefix = max(prefix, other.prefix)
        allItems = allItems || other.allItems
        indices.formUnion(other.indices)
    }
}

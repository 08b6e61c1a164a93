import Localization

/// Validates JSON instances against a compiled JSON Schema (draft 2020-12).
///
/// Not thread-safe (it keeps the instance path and dynamic scope while it runs): one per thread.
public final class SchemaValidator {
    let registry: SchemaRegistry
    let root: Schema
    /// Whether `format` asserts (true) or only annotates (false, the 2020-12 default).
    public var assertFormat: Bool

    /// A validator for the schema at `uri` (with an optional fragment) in the registry; nil when there is none.
    public init?(registry: SchemaRegistry, uri: String, assertFormat: Bool = false) {
        guard let root = registry.schema(at: uri) else { return nil }
        self.registry = registry
        self.root = root
        self.assertFormat = assertFormat
    }

    /// Every way `instance` fails the schema, in document order; empty when it is valid.
    public func validate(_ instance: JSONNode) -> [SchemaError] {
        var run = ValidationRun(registry: registry, assertFormat: assertFormat, instance: instance)
        var evaluated = Evaluated()
        _ = run.check(root, instance, report: true, evaluated: &evaluated)
        return run.errors
    }

    /// True when `instance` is valid; stops at the first failure.
    public func isValid(_ instance: JSONNode) -> Bool {
        var run = ValidationRun(registry: registry, assertFormat: assertFormat, instance: instance)
        var evaluated = Evaluated()
        return run.check(root, instance, report: false, evaluated: &evaluated)
    }
}

/// The state of one validation: where in the instance it is, the dynamic scope, the failures so far.
///
/// A struct passed `inout`, so its bookkeeping needs no run-time exclusivity checks.
struct ValidationRun {
    let registry: SchemaRegistry
    let assertFormat: Bool
    let collectAnnotations: Bool
    /// The instance being validated, to spell out `path` when a failure is reported.
    let instance: JSONNode
    /// Where in the instance the check is: a member's or element's position per level (cheap to push and pop).
    var path: [Int] = []
    /// The first schema of each resource entered so far, outermost first.
    var dynamicScope: [Schema] = []
    var errors: [SchemaError] = []
    /// The `check` calls open now: each one's schema and instance depth (`path.count`), to tell a loop.
    var active: [(schema: ObjectIdentifier, level: Int)] = []

    init(registry: SchemaRegistry, assertFormat: Bool, instance: JSONNode) {
        self.registry = registry
        self.assertFormat = assertFormat
        self.instance = instance
        collectAnnotations = registry.usesUnevaluated
        path.reserveCapacity(16)
    }

    /// The instance pointer of the value being checked now, spelled out from the positions in `path`.
    var currentPointer: JSONPointer {
        var tokens: [String] = []
        var node = instance
        for position in path {
            switch node.value {
            case .object(let members):
                tokens.append(members[position].key)
                node = members[position].node
            case .array(let elements):
                tokens.append(String(position))
                node = elements[position]
            default:
                return JSONPointer(tokens)
            }
        }
        return JSONPointer(tokens)
    }

    /// Records a failure when reporting; the message is only built then.
    mutating func fail(_ schema: Schema, _ keyword: String, _ message: @autoclosure () -> Localized, report: Bool) {
        guard report else { return }
        errors.append(
            SchemaError(
                instancePointer: currentPointer, keyword: keyword, keywordLocation: schema.keywordLocation(keyword),
                message: message()))
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

/// One compiled schema (or subschema): its keywords parsed once, its subschemas compiled, references resolved lazily.
///
/// Reference types, because `$ref` may make the graph cyclic.
final class Schema {
    /// Where this schema sits: its resource's URI and the JSON pointer inside it (for messages).
    let location: String
    /// The base URI in effect (the resource this schema belongs to).
    let base: String
    /// A number for `base`, unique in the registry: the dynamic scope compares these, not strings.
    let resource: Int
    /// `true` / `false` schemas.
    let always: Bool?
    /// The keywords, parsed once; a `let` struct, so reading them costs no exclusivity check.
    let keywords: Keywords
    /// Which groups of keywords are present, so validation skips the absent ones with one test each.
    let checks: Checks
    /// The target of `$ref`, resolved on first use. Not retained, because references may form cycles: the
    /// registry owns every compiled schema and outlives every validation that reads this.
    unowned(unsafe) var resolvedRef: Schema?

    init(location: String, base: String, resource: Int, always: Bool?, keywords: Keywords) {
        self.location = location
        self.base = base
        self.resource = resource
        self.always = always
        self.keywords = keywords
        checks = Checks(keywords)
    }

    /// The absolute keyword location of one of this schema's keywords.
    func keywordLocation(_ keyword: String) -> String { location + "/" + keyword }
}

/// The groups of keywords a schema has.
struct Checks: OptionSet {
    let rawValue: UInt8
    static let value = Checks(rawValue: 1)
    static let object = Checks(rawValue: 2)
    static let array = Checks(rawValue: 4)
    static let applicators = Checks(rawValue: 8)
    static let unevaluated = Checks(rawValue: 16)
    static let dynamicRef = Checks(rawValue: 32)
    /// `$ref` and nothing else that validates (annotations such as `title` aside): the schema means its target.
    static let referenceOnly = Checks(rawValue: 64)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ k: Keywords) {
        var checks: Checks = []
        if k.types != nil || k.enumValues != nil || k.constValue != nil || k.multipleOf != nil || k.maximum != nil
            || k.exclusiveMaximum != nil || k.minimum != nil || k.exclusiveMinimum != nil || k.maxLength != nil
            || k.minLength != nil || k.pattern != nil || k.format != nil
        {
            checks.insert(.value)
        }
        if k.required != nil || k.maxProperties != nil || k.minProperties != nil || k.dependentRequired != nil
            || k.properties != nil || k.patternProperties != nil || k.additionalProperties != nil
            || k.propertyNames != nil
            || k.dependentSchemas != nil
        {
            checks.insert(.object)
        }
        if k.maxItems != nil || k.minItems != nil || k.uniqueItems || k.prefixItems != nil || k.items != nil
            || k.contains != nil
        {
            checks.insert(.array)
        }
        if k.allOf != nil || k.anyOf != nil || k.oneOf != nil || k.not != nil || k.ifSchema != nil {
            checks.insert(.applicators)
        }
        if k.unevaluatedItems != nil || k.unevaluatedProperties != nil { checks.insert(.unevaluated) }
        if k.dynamicRef != nil { checks.insert(.dynamicRef) }
        if k.ref != nil && checks.isEmpty { checks.insert(.referenceOnly) }
        self = checks
    }
}

/// The keywords of one schema, as the compiler found them.
struct Keywords {
    var ref: String?
    var dynamicRef: String?

    var types: JSONTypes?
    var enumValues: [JSONValue]?
    var constValue: JSONValue?
    var multipleOf: JSONNumber?
    var maximum: JSONNumber?
    var exclusiveMaximum: JSONNumber?
    var minimum: JSONNumber?
    var exclusiveMinimum: JSONNumber?
    var maxLength: Int?
    var minLength: Int?
    var pattern: Pattern?
    var format: String?

    var maxItems: Int?
    var minItems: Int?
    var uniqueItems = false
    var maxContains: Int?
    var minContains: Int?
    var prefixItems: [Schema]?
    var items: Schema?
    var contains: Schema?
    var unevaluatedItems: Schema?

    var maxProperties: Int?
    var minProperties: Int?
    var required: [String]?
    var dependentRequired: [(String, [String])]?
    var properties: [String: Schema]?
    var propertyOrder: [String]?
    /// `properties` in the schema's order, for a quick scan.
    var propertySchemas: [(String, Schema)]?
    var patternProperties: [(Pattern, Schema)]?
    var additionalProperties: Schema?
    var propertyNames: Schema?
    var dependentSchemas: [(String, Schema)]?
    var unevaluatedProperties: Schema?

    var allOf: [Schema]?
    var anyOf: [Schema]?
    var oneOf: [Schema]?
    var not: Schema?
    var ifSchema: Schema?
    var thenSchema: Schema?
    var elseSchema: Schema?
}

/// A compiled `pattern` (ECMA-262), matching anywhere in the string in time linear in its length
/// (`LinearPattern`); fixed-layout ASCII patterns run on `SimplePattern`, faster still.
final class Pattern {
    let source: String
    private let simple: SimplePattern?
    private let automaton: LinearPattern?
    private var cache: [String: Bool] = [:]

    init(_ source: String) {
        self.source = source
        simple = SimplePattern(source)
        automaton = LinearPattern(source)
    }

    /// False for a pattern that is not valid ECMA-262 or needs backtracking (back-references, look-around), so
    /// that such a pattern never passes silently.
    var isValid: Bool { automaton != nil }

    /// True when the pattern matches somewhere in `text`; results are remembered, since ids and dates repeat.
    func matches(_ text: String) -> Bool {
        guard let automaton else { return false }
        if let simple, let result = simple.matches(text) { return result }
        if let known = cache[text] { return known }
        let result = automaton.matches(text)
        if cache.count < 4096 { cache[text] = result }
        return result
    }
}

/// The JSON types a `type` keyword allows, as a bit set.
struct JSONTypes: OptionSet {
    let rawValue: UInt8
    static let null = JSONTypes(rawValue: 1)
    static let boolean = JSONTypes(rawValue: 2)
    static let number = JSONTypes(rawValue: 4)
    static let integer = JSONTypes(rawValue: 8)
    static let string = JSONTypes(rawValue: 16)
    static let array = JSONTypes(rawValue: 32)
    static let object = JSONTypes(rawValue: 64)

    static let names: [(String, JSONTypes)] = [
        ("null", .null), ("boolean", .boolean), ("number", .number), ("integer", .integer),
        ("string", .string), ("array", .array), ("object", .object),
    ]

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(names: [String]) {
        self = names.reduce(into: JSONTypes()) { set, name in
            if let type = Self.names.first(where: { $0.0 == name })?.1 { set.insert(type) }
        }
    }

    /// True when `value` has one of these types (`integer` accepts whole numbers such as `2.0`).
    func allows(_ value: JSONValue) -> Bool {
        switch value {
        case .null: contains(.null)
        case .bool: contains(.boolean)
        case .string: contains(.string)
        case .array: contains(.array)
        case .object: contains(.object)
        case .number(let number): contains(.number) || (contains(.integer) && number.isInteger)
        }
    }

    var names: [String] { Self.names.filter { contains($0.1) }.map(\.0) }
}

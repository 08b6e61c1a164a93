/// One compiled schema (or subschema): its keywords parsed once, its subschemas compiled, references resolved lazily.
///
/// Reference types, because `$ref` may make the graph cyclic.
final class Schema {
    /// `true` / `false` schemas.
    var always: Bool?
    /// Where this schema sits: its resource's URI and the JSON pointer inside it (for messages).
    let location: String
    /// The base URI in effect (the resource this schema belongs to).
    let base: String
    /// True when this schema starts a resource (has `$id` or is a document root); its `$schema` may pick vocabularies.
    var isResourceRoot = false

    var ref: String?
    var dynamicRef: String?
    var resolvedRef: Schema?

    var types: [String]?
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

    /// The `title` and `description` annotations, for editors and help texts.
    var title: String?
    var description: String?

    init(location: String, base: String) {
        self.location = location
        self.base = base
    }

    /// The absolute keyword location of one of this schema's keywords.
    func keywordLocation(_ keyword: String) -> String {
        location.hasSuffix("#") ? location + "/" + keyword : location + "/" + keyword
    }
}

/// A compiled `pattern` (ECMA-262 as far as Swift's Regex follows it), matching anywhere in the string.
final class Pattern {
    let source: String
    private let regex: Regex<AnyRegexOutput>?
    private var cache: [String: Bool] = [:]

    init(_ source: String) {
        self.source = source
        regex = try? Regex(source)
    }

    /// False for a pattern Swift cannot compile, so that a bad pattern never passes silently.
    var isValid: Bool { regex != nil }

    /// True when the pattern matches somewhere in `text`; results are remembered, since ids and dates repeat.
    func matches(_ text: String) -> Bool {
        guard let regex else { return false }
        if let known = cache[text] { return known }
        let result = (try? regex.firstMatch(in: text)) != nil
        if cache.count < 4096 { cache[text] = result }
        return result
    }
}

/// Turns schema JSON into `Schema` objects, once per node, recording them in the registry.
struct SchemaCompiler {
    let registry: SchemaRegistry
    let document: Int

    static let validationVocabulary = "https://json-schema.org/draft/2020-12/vocab/validation"

    func compile(_ node: JSONNode, base inherited: String, location inheritedLocation: String, validation: Bool = true)
        -> Schema
    {
        let key = SchemaRegistry.NodeKey(document: document, offset: node.start)
        if let known = registry.compiled[key] { return known }
        var base = inherited
        var location = inheritedLocation
        if let id = node["$id"]?.string {
            base = id.resolvedURI(against: inherited).splitFragment.0
            location = base + "#"
        }
        let resource = registry.resourceNumber(base)
        switch node.value {
        case .bool(let value):
            return remember(
                Schema(location: location, base: base, resource: resource, always: value, keywords: Keywords()), key)
        case .object:
            break
        default:
            return remember(
                Schema(location: location, base: base, resource: resource, always: true, keywords: Keywords()), key)
        }
        let isResourceRoot = location == base + "#"
        let validation = isResourceRoot ? validationEnabled(node) ?? validation : validation
        var keywords = Keywords()
        let child = { (keyword: String, value: JSONNode) in
            compile(value, base: base, location: location + "/" + JSONPointer.escape(keyword), validation: validation)
        }
        let list = { (keyword: String, value: JSONNode) in
            (value.elements ?? []).enumerated().map { index, element in
                compile(element, base: base, location: location + "/\(keyword)/\(index)", validation: validation)
            }
        }
        let map = { (keyword: String, value: JSONNode) in
            (value.members ?? []).map { member in
                (
                    member.key,
                    compile(
                        member.node, base: base, location: location + "/\(keyword)/" + JSONPointer.escape(member.key),
                        validation: validation)
                )
            }
        }
        for member in node.members ?? [] {
            let value = member.node
            switch member.key {
            case "$ref": keywords.ref = value.string?.resolvedURI(against: base)
            case "$dynamicRef": keywords.dynamicRef = value.string?.resolvedURI(against: base)
            case "allOf": keywords.allOf = list("allOf", value)
            case "anyOf": keywords.anyOf = list("anyOf", value)
            case "oneOf": keywords.oneOf = list("oneOf", value)
            case "not": keywords.not = child("not", value)
            case "if": keywords.ifSchema = child("if", value)
            case "then": keywords.thenSchema = child("then", value)
            case "else": keywords.elseSchema = child("else", value)
            case "properties":
                let pairs = map("properties", value)
                keywords.properties = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
                keywords.propertyOrder = pairs.map(\.0)
                keywords.propertySchemas = pairs
            case "patternProperties":
                keywords.patternProperties = map("patternProperties", value).map { (Pattern($0.0), $0.1) }
            case "additionalProperties": keywords.additionalProperties = child("additionalProperties", value)
            case "propertyNames": keywords.propertyNames = child("propertyNames", value)
            case "dependentSchemas": keywords.dependentSchemas = map("dependentSchemas", value)
            case "unevaluatedProperties": keywords.unevaluatedProperties = child("unevaluatedProperties", value)
            case "prefixItems": keywords.prefixItems = list("prefixItems", value)
            case "items": keywords.items = child("items", value)
            case "contains": keywords.contains = child("contains", value)
            case "unevaluatedItems": keywords.unevaluatedItems = child("unevaluatedItems", value)
            case "format": keywords.format = value.string
            default:
                if validation { compileValidation(member.key, value, into: &keywords) }
            }
        }
        return remember(
            Schema(location: location, base: base, resource: resource, always: nil, keywords: keywords), key)
    }

    private func remember(_ schema: Schema, _ key: SchemaRegistry.NodeKey) -> Schema {
        registry.compiled[key] = schema
        return schema
    }

    /// The validation vocabulary's keywords (skipped when a custom meta-schema leaves that vocabulary out).
    private func compileValidation(_ keyword: String, _ value: JSONNode, into keywords: inout Keywords) {
        switch keyword {
        case "type":
            let names = value.string.map { [$0] } ?? (value.elements ?? []).compactMap(\.string)
            keywords.types = JSONTypes(names: names)
        case "enum": keywords.enumValues = (value.elements ?? []).map(\.value)
        case "const": keywords.constValue = value.value
        case "multipleOf": keywords.multipleOf = value.number
        case "maximum": keywords.maximum = value.number
        case "exclusiveMaximum": keywords.exclusiveMaximum = value.number
        case "minimum": keywords.minimum = value.number
        case "exclusiveMinimum": keywords.exclusiveMinimum = value.number
        case "maxLength": keywords.maxLength = value.number?.clampedInt
        case "minLength": keywords.minLength = value.number?.clampedInt
        case "pattern": keywords.pattern = value.string.map(Pattern.init)
        case "maxItems": keywords.maxItems = value.number?.clampedInt
        case "minItems": keywords.minItems = value.number?.clampedInt
        case "uniqueItems": keywords.uniqueItems = value.bool ?? false
        case "maxContains": keywords.maxContains = value.number?.clampedInt
        case "minContains": keywords.minContains = value.number?.clampedInt
        case "maxProperties": keywords.maxProperties = value.number?.clampedInt
        case "minProperties": keywords.minProperties = value.number?.clampedInt
        case "required": keywords.required = (value.elements ?? []).compactMap(\.string)
        case "dependentRequired":
            keywords.dependentRequired = (value.members ?? []).map {
                ($0.key, ($0.node.elements ?? []).compactMap(\.string))
            }
        default: break
        }
    }

    /// False when the resource's `$schema` names a registered meta-schema whose `$vocabulary` omits validation.
    private func validationEnabled(_ node: JSONNode) -> Bool? {
        guard let metaURI = node["$schema"]?.string,
            let meta = registry.resources[metaURI.splitFragment.0],
            let vocabularies = meta.node["$vocabulary"]?.members
        else { return nil }
        return vocabularies.contains { $0.key == Self.validationVocabulary }
    }
}

extension JSONNumber {
    /// A whole number as an `Int`, saturating for huge values (limits such as `maxLength: 1e30`).
    var clampedInt: Int? {
        if let value = intValue { return value }
        guard isInteger else { return Int(doubleValue.rounded(.down)) }
        return decimal.negative ? Int.min : Int.max
    }
}

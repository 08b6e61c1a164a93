/// Turns schema JSON into `Schema` objects, once per node, recording them in the registry.
struct SchemaCompiler {
    let registry: SchemaRegistry
    let document: Int

    static let validationVocabulary = "https://json-schema.org/draft/2020-12/vocab/validation"

    func compile(_ node: JSONNode, base inherited: String, location inheritedLocation: String, validation: Bool = true) -> Schema {
        let key = SchemaRegistry.NodeKey(document: document, offset: node.start)
        if let known = registry.compiled[key] { return known }
        var base = inherited
        var location = inheritedLocation
        if let id = node["$id"]?.string {
            base = id.resolvedURI(against: inherited).splitFragment.0
            location = base + "#"
        }
        let schema = Schema(location: location, base: base)
        registry.compiled[key] = schema
        switch node.value {
        case .bool(let value):
            schema.always = value
            return schema
        case .object:
            break
        default:
            schema.always = true
            return schema
        }
        schema.isResourceRoot = location == base + "#"
        let validation = schema.isResourceRoot ? validationEnabled(node) ?? validation : validation
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
                (member.key, compile(member.node, base: base, location: location + "/\(keyword)/" + JSONPointer.escape(member.key), validation: validation))
            }
        }
        for member in node.members ?? [] {
            let value = member.node
            switch member.key {
            case "$ref": schema.ref = value.string?.resolvedURI(against: base)
            case "$dynamicRef": schema.dynamicRef = value.string?.resolvedURI(against: base)
            case "title": schema.title = value.string
            case "description": schema.description = value.string
            case "allOf": schema.allOf = list("allOf", value)
            case "anyOf": schema.anyOf = list("anyOf", value)
            case "oneOf": schema.oneOf = list("oneOf", value)
            case "not": schema.not = child("not", value)
            case "if": schema.ifSchema = child("if", value)
            case "then": schema.thenSchema = child("then", value)
            case "else": schema.elseSchema = child("else", value)
            case "properties":
                let pairs = map("properties", value)
                schema.properties = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
                schema.propertyOrder = pairs.map(\.0)
            case "patternProperties": schema.patternProperties = map("patternProperties", value).map { (Pattern($0.0), $0.1) }
            case "additionalProperties": schema.additionalProperties = child("additionalProperties", value)
            case "propertyNames": schema.propertyNames = child("propertyNames", value)
            case "dependentSchemas": schema.dependentSchemas = map("dependentSchemas", value)
            case "unevaluatedProperties": schema.unevaluatedProperties = child("unevaluatedProperties", value)
            case "prefixItems": schema.prefixItems = list("prefixItems", value)
            case "items": schema.items = child("items", value)
            case "contains": schema.contains = child("contains", value)
            case "unevaluatedItems": schema.unevaluatedItems = child("unevaluatedItems", value)
            case "format": schema.format = value.string
            default:
                if validation { compileValidation(member.key, value, into: schema) }
            }
        }
        return schema
    }

    /// The validation vocabulary's keywords (skipped when a custom meta-schema leaves that vocabulary out).
    private func compileValidation(_ keyword: String, _ value: JSONNode, into schema: Schema) {
        switch keyword {
        case "type":
            if let name = value.string { schema.types = [name] } else { schema.types = (value.elements ?? []).compactMap(\.string) }
        case "enum": schema.enumValues = (value.elements ?? []).map(\.value)
        case "const": schema.constValue = value.value
        case "multipleOf": schema.multipleOf = value.number
        case "maximum": schema.maximum = value.number
        case "exclusiveMaximum": schema.exclusiveMaximum = value.number
        case "minimum": schema.minimum = value.number
        case "exclusiveMinimum": schema.exclusiveMinimum = value.number
        case "maxLength": schema.maxLength = value.number?.clampedInt
        case "minLength": schema.minLength = value.number?.clampedInt
        case "pattern": schema.pattern = value.string.map(Pattern.init)
        case "maxItems": schema.maxItems = value.number?.clampedInt
        case "minItems": schema.minItems = value.number?.clampedInt
        case "uniqueItems": schema.uniqueItems = value.bool ?? false
        case "maxContains": schema.maxContains = value.number?.clampedInt
        case "minContains": schema.minContains = value.number?.clampedInt
        case "maxProperties": schema.maxProperties = value.number?.clampedInt
        case "minProperties": schema.minProperties = value.number?.clampedInt
        case "required": schema.required = (value.elements ?? []).compactMap(\.string)
        case "dependentRequired":
            schema.dependentRequired = (value.members ?? []).map { ($0.key, ($0.node.elements ?? []).compactMap(\.string)) }
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

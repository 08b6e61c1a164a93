extension ValidationRun {
    /// The deepest nesting of subschema checks before validation gives up.
    static let maxDepth = 128

    /// Checks one instance against one schema; with `report`, records every failure, else stops at the first.
    mutating func check(_ schema: Schema, _ node: JSONNode, report: Bool, evaluated: inout Evaluated) -> Bool {
        // A schema that refers to itself without descending into the instance (`{"$ref": "#"}`) would recurse
        // forever; no real schema nests this deep.
        guard depth < Self.maxDepth else {
            fail(schema, "$ref", SchemaMessages.tooDeep(Self.maxDepth), report: report)
            return false
        }
        depth += 1
        defer { depth -= 1 }
        if let always = schema.always {
            if !always { fail(schema, "false", SchemaMessages.falseSchema, report: report) }
            return always
        }
        // Entering another resource, at its root or through a reference into its middle, joins the dynamic scope.
        let entersResource = dynamicScope.last?.resource != schema.resource
        if entersResource { dynamicScope.append(schema) }
        defer { if entersResource { dynamicScope.removeLast() } }

        var valid = checkReferences(schema, node, report: report, evaluated: &evaluated)
        if !valid && !report { return false }
        valid = checkValue(schema, node, report: report) && valid
        if !valid && !report { return false }
        switch node.value {
        case .object(let members):
            valid = checkObject(schema, members, report: report, evaluated: &evaluated) && valid
        case .array(let elements):
            valid = checkArray(schema, elements, report: report, evaluated: &evaluated) && valid
        default:
            break
        }
        if !valid && !report { return false }
        valid = checkApplicators(schema, node, report: report, evaluated: &evaluated) && valid
        if !valid && !report { return false }
        switch node.value {
        case .object(let members) where schema.keywords.unevaluatedProperties != nil:
            valid = checkUnevaluatedProperties(schema, members, report: report, evaluated: &evaluated) && valid
        case .array(let elements) where schema.keywords.unevaluatedItems != nil:
            valid = checkUnevaluatedItems(schema, elements, report: report, evaluated: &evaluated) && valid
        default:
            break
        }
        return valid
    }

    /// `$ref` and `$dynamicRef`: in-place applicators whose annotations count for the referring schema.
    private mutating func checkReferences(_ schema: Schema, _ node: JSONNode, report: Bool, evaluated: inout Evaluated) -> Bool {
        var valid = true
        if let ref = schema.keywords.ref {
            if schema.resolvedRef == nil { schema.resolvedRef = registry.schema(at: ref) }
            if let target = schema.resolvedRef {
                valid = apply(target, node, report: report, evaluated: &evaluated)
            } else {
                fail(schema, "$ref", SchemaMessages.unresolvable(ref), report: report)
                valid = false
            }
        }
        if let dynamicRef = schema.keywords.dynamicRef {
            if let target = resolveDynamic(dynamicRef) {
                valid = apply(target, node, report: report, evaluated: &evaluated) && valid
            } else {
                fail(schema, "$dynamicRef", SchemaMessages.unresolvable(dynamicRef), report: report)
                valid = false
            }
        }
        return valid
    }

    /// Resolves `$dynamicRef`: like `$ref`, unless its target is a `$dynamicAnchor`, in which case the
    /// outermost resource in the dynamic scope with an anchor of that name wins.
    private mutating func resolveDynamic(_ uri: String) -> Schema? {
        let (resource, fragment) = uri.splitFragment
        guard let initial = registry.schema(at: uri) else { return nil }
        guard let name = fragment, !name.isEmpty, !name.hasPrefix("/"),
              registry.dynamicAnchors.contains(resource + "#" + name) else { return initial }
        for scope in dynamicScope {
            let candidate = scope.base + "#" + name
            if registry.dynamicAnchors.contains(candidate), let target = registry.schema(at: candidate) { return target }
        }
        return initial
    }

    /// Validates against a subschema in place, merging its annotations when it passes.
    mutating func apply(_ schema: Schema, _ node: JSONNode, report: Bool, evaluated: inout Evaluated) -> Bool {
        var inner = Evaluated()
        let valid = check(schema, node, report: report, evaluated: &inner)
        if valid && collectAnnotations { evaluated.merge(inner) }
        return valid
    }

    /// allOf, anyOf, oneOf, not, if/then/else.
    private mutating func checkApplicators(_ schema: Schema, _ node: JSONNode, report: Bool, evaluated: inout Evaluated) -> Bool {
        var valid = true
        if let allOf = schema.keywords.allOf {
            for subschema in allOf {
                valid = apply(subschema, node, report: report, evaluated: &evaluated) && valid
                if !valid && !report { return false }
            }
        }
        if let anyOf = schema.keywords.anyOf {
            var matched = false
            for subschema in anyOf {
                if apply(subschema, node, report: false, evaluated: &evaluated) {
                    matched = true
                    if !collectAnnotations { break }
                }
            }
            if !matched {
                fail(schema, "anyOf", SchemaMessages.anyOf(anyOf.count), report: report)
                valid = false
            }
        }
        if let oneOf = schema.keywords.oneOf {
            var matches: [Int] = []
            var passing = Evaluated()
            for (index, subschema) in oneOf.enumerated() where apply(subschema, node, report: false, evaluated: &passing) {
                matches.append(index)
                if matches.count > 1 { break }
            }
            if matches.count == 1 {
                evaluated.merge(passing)
            } else {
                fail(schema, "oneOf", matches.isEmpty ? SchemaMessages.anyOf(oneOf.count) : SchemaMessages.oneOfMany(matches), report: report)
                valid = false
            }
        }
        if let not = schema.keywords.not {
            var ignored = Evaluated()
            if check(not, node, report: false, evaluated: &ignored) {
                fail(schema, "not", SchemaMessages.not, report: report)
                valid = false
            }
        }
        if let condition = schema.keywords.ifSchema {
            if apply(condition, node, report: false, evaluated: &evaluated) {
                if let then = schema.keywords.thenSchema { valid = apply(then, node, report: report, evaluated: &evaluated) && valid }
            } else if let otherwise = schema.keywords.elseSchema {
                valid = apply(otherwise, node, report: report, evaluated: &evaluated) && valid
            }
        }
        return valid
    }
}

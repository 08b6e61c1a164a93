extension ValidationRun {
    /// The deepest nesting of subschema checks before validation gives up: deeper than any instance the parser
    /// reads (512 levels) can lead a finite schema, within a worker thread's stack.
    static let maxDepth = 1_536

    /// Checks one instance against one schema; with `report`, records every failure, else stops at the first.
    mutating func check(_ schema: Schema, _ node: JSONNode, report: Bool, evaluated: inout Evaluated) -> Bool {
        // A schema that reaches itself again without descending into the instance (`{"$ref": "#"}`) is a loop.
        let schemaID = ObjectIdentifier(schema)
        for frame in active.reversed() {
            guard frame.level == path.count else { break }
            if frame.schema == schemaID {
                fail(schema, "$ref", SchemaMessages.referenceLoop, report: report)
                return false
            }
        }
        guard active.count < Self.maxDepth else {
            fail(schema, "$ref", SchemaMessages.tooDeep(Self.maxDepth), report: report)
            return false
        }
        active.append((schemaID, path.count))
        defer { active.removeLast() }
        if let always = schema.always {
            if !always { fail(schema, "false", SchemaMessages.falseSchema, report: report) }
            return always
        }
        // Entering another resource, at its root or through a reference into its middle, joins the dynamic scope.
        let entersResource = dynamicScope.last?.resource != schema.resource
        if entersResource { dynamicScope.append(schema) }
        defer { if entersResource { dynamicScope.removeLast() } }

        let checks = schema.checks
        // A schema that only refers to another one (`{"title": …, "$ref": …}`) is its target: no merging needed.
        if checks.contains(.referenceOnly), let target = target(of: schema) {
            return check(target, node, report: report, evaluated: &evaluated)
        }
        var valid = checkReferences(schema, node, report: report, evaluated: &evaluated)
        if !valid && !report { return false }
        if checks.contains(.value) {
            valid = checkValue(schema, node, report: report) && valid
            if !valid && !report { return false }
        }
        if checks.contains(.object), case .object(let members) = node.value {
            valid = checkObject(schema, members, report: report, evaluated: &evaluated) && valid
        } else if checks.contains(.array), case .array(let elements) = node.value {
            valid = checkArray(schema, elements, report: report, evaluated: &evaluated) && valid
        }
        if !valid && !report { return false }
        if checks.contains(.applicators) {
            valid = checkApplicators(schema, node, report: report, evaluated: &evaluated) && valid
            if !valid && !report { return false }
        }
        guard checks.contains(.unevaluated) else { return valid }
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

    /// The schema `$ref` leads to, resolved once; nil when there is no `$ref` or it leads nowhere.
    private func target(of schema: Schema) -> Schema? {
        guard let ref = schema.keywords.ref else { return nil }
        if let known = schema.resolvedRef { return known }
        let resolved = registry.schema(at: ref)
        schema.resolvedRef = resolved
        return resolved
    }

    /// `$ref` and `$dynamicRef`: in-place applicators whose annotations count for the referring schema.
    private mutating func checkReferences(_ schema: Schema, _ node: JSONNode, report: Bool, evaluated: inout Evaluated)
        -> Bool
    {
        var valid = true
        if let ref = schema.keywords.ref {
            if let target = target(of: schema) {
                valid = apply(target, node, report: report, evaluated: &evaluated)
            } else {
                fail(schema, "$ref", SchemaMessages.unresolvable(ref), report: report)
                valid = false
            }
        }
        if schema.checks.contains(.dynamicRef), let dynamicRef = schema.keywords.dynamicRef {
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
            registry.dynamicAnchors.contains(resource + "#" + name)
        else { return initial }
        for scope in dynamicScope {
            let candidate = scope.base + "#" + name
            if registry.dynamicAnchors.contains(candidate), let target = registry.schema(at: candidate) {
                return target
            }
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
    private mutating func checkApplicators(_ schema: Schema, _ node: JSONNode, report: Bool, evaluated: inout Evaluated)
        -> Bool
    {
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
            for (index, subschema) in oneOf.enumerated()
            where apply(subschema, node, report: false, evaluated: &passing) {
                matches.append(index)
                if matches.count > 1 { break }
            }
            if matches.count == 1 {
                evaluated.merge(passing)
            } else {
                fail(
                    schema, "oneOf",
                    matches.isEmpty ? SchemaMessages.anyOf(oneOf.count) : SchemaMessages.oneOfMany(matches),
                    report: report)
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
                if let then = schema.keywords.thenSchema {
                    valid = apply(then, node, report: report, evaluated: &evaluated) && valid
                }
            } else if let otherwise = schema.keywords.elseSchema {
                valid = apply(otherwise, node, report: report, evaluated: &evaluated) && valid
            }
        }
        return valid
    }
}

extension SchemaValidator {
    /// The object keywords: properties, patternProperties, additionalProperties, propertyNames, required, counts, dependencies.
    func checkObject(_ schema: Schema, _ members: [JSONMember], report: Bool, evaluated: inout Evaluated) -> Bool {
        var valid = true
        if let required = schema.required {
            for name in required where !members.contains(where: { $0.key == name }) {
                fail(schema, "required", SchemaMessages.required(name), report: report)
                valid = false
                if !report { return false }
            }
        }
        if let limit = schema.maxProperties, members.count > limit {
            fail(schema, "maxProperties", SchemaMessages.maxProperties(limit), report: report)
            valid = false
        }
        if let limit = schema.minProperties, members.count < limit {
            fail(schema, "minProperties", SchemaMessages.minProperties(limit), report: report)
            valid = false
        }
        if let dependencies = schema.dependentRequired {
            for (trigger, names) in dependencies where members.contains(where: { $0.key == trigger }) {
                for name in names where !members.contains(where: { $0.key == name }) {
                    fail(schema, "dependentRequired", SchemaMessages.dependentRequired(name, trigger), report: report)
                    valid = false
                }
            }
        }
        if !valid && !report { return false }
        let needsMembers = schema.properties != nil || schema.patternProperties != nil || schema.additionalProperties != nil || schema.propertyNames != nil
        if needsMembers {
            for member in members {
                path.append(.key(member.key))
                defer { path.removeLast() }
                var matched = false
                if let property = schema.properties?[member.key] {
                    matched = true
                    valid = checkChild(property, member.node, report: report) && valid
                }
                for (pattern, property) in schema.patternProperties ?? [] where pattern.matches(member.key) {
                    matched = true
                    valid = checkChild(property, member.node, report: report) && valid
                }
                if !matched, let additional = schema.additionalProperties {
                    if additional.always == false {
                        fail(schema, "additionalProperties", SchemaMessages.additionalProperty(member.key, allowed: schema.propertyOrder), report: report)
                        valid = false
                    } else {
                        valid = checkChild(additional, member.node, report: report) && valid
                    }
                }
                if let names = schema.propertyNames {
                    var ignored = Evaluated()
                    if !check(names, JSONNode(.string(member.key), start: member.keyStart, end: member.keyStart), report: false, evaluated: &ignored) {
                        fail(schema, "propertyNames", SchemaMessages.propertyName(member.key), report: report)
                        valid = false
                    }
                }
                if !valid && !report { return false }
                if collectAnnotations && (matched || schema.additionalProperties != nil) { evaluated.properties.insert(member.key) }
            }
        }
        if let dependencies = schema.dependentSchemas {
            for (trigger, dependent) in dependencies where members.contains(where: { $0.key == trigger }) {
                valid = apply(dependent, JSONNode(.object(members)), report: report, evaluated: &evaluated) && valid
            }
        }
        return valid
    }

    /// The array keywords: prefixItems, items, contains with its bounds, counts, uniqueItems.
    func checkArray(_ schema: Schema, _ elements: [JSONNode], report: Bool, evaluated: inout Evaluated) -> Bool {
        var valid = true
        if let limit = schema.maxItems, elements.count > limit {
            fail(schema, "maxItems", SchemaMessages.maxItems(limit), report: report)
            valid = false
        }
        if let limit = schema.minItems, elements.count < limit {
            fail(schema, "minItems", SchemaMessages.minItems(limit), report: report)
            valid = false
        }
        if schema.uniqueItems, let (first, second) = Self.firstDuplicate(elements) {
            fail(schema, "uniqueItems", SchemaMessages.uniqueItems(first, second), report: report)
            valid = false
        }
        if !valid && !report { return false }
        let prefix = schema.prefixItems ?? []
        for (index, element) in elements.enumerated() {
            let itemSchema = index < prefix.count ? prefix[index] : schema.items
            guard let itemSchema else { continue }
            path.append(.index(index))
            valid = checkChild(itemSchema, element, report: report) && valid
            path.removeLast()
            if !valid && !report { return false }
        }
        if collectAnnotations {
            evaluated.prefix = max(evaluated.prefix, min(prefix.count, elements.count))
            if schema.items != nil { evaluated.allItems = true }
        }
        if let contains = schema.contains {
            var count = 0
            for (index, element) in elements.enumerated() {
                var ignored = Evaluated()
                if check(contains, element, report: false, evaluated: &ignored) {
                    count += 1
                    if collectAnnotations { evaluated.indices.insert(index) }
                }
            }
            let minimum = schema.minContains ?? 1
            if count < minimum {
                fail(schema, schema.minContains == nil ? "contains" : "minContains", SchemaMessages.contains(minimum), report: report)
                valid = false
            }
            if let maximum = schema.maxContains, count > maximum {
                fail(schema, "maxContains", SchemaMessages.maxContains(maximum), report: report)
                valid = false
            }
        }
        return valid
    }

    /// Validates a member's or element's value with fresh annotations (they belong to that value).
    private func checkChild(_ schema: Schema, _ node: JSONNode, report: Bool) -> Bool {
        var inner = Evaluated()
        return check(schema, node, report: report, evaluated: &inner)
    }

    func checkUnevaluatedProperties(_ schema: Schema, _ members: [JSONMember], report: Bool, evaluated: inout Evaluated) -> Bool {
        guard let unevaluated = schema.unevaluatedProperties, !evaluated.allProperties else { return true }
        var valid = true
        for member in members where !evaluated.properties.contains(member.key) {
            path.append(.key(member.key))
            if unevaluated.always == false {
                fail(schema, "unevaluatedProperties", SchemaMessages.unevaluatedProperty(member.key), report: report)
                valid = false
            } else {
                valid = checkChild(unevaluated, member.node, report: report) && valid
            }
            path.removeLast()
            if !valid && !report { return false }
        }
        evaluated.allProperties = true
        return valid
    }

    func checkUnevaluatedItems(_ schema: Schema, _ elements: [JSONNode], report: Bool, evaluated: inout Evaluated) -> Bool {
        guard let unevaluated = schema.unevaluatedItems, !evaluated.allItems else { return true }
        var valid = true
        for (index, element) in elements.enumerated() where index >= evaluated.prefix && !evaluated.indices.contains(index) {
            path.append(.index(index))
            if unevaluated.always == false {
                fail(schema, "unevaluatedItems", SchemaMessages.unevaluatedItem(index), report: report)
                valid = false
            } else {
                valid = checkChild(unevaluated, element, report: report) && valid
            }
            path.removeLast()
            if !valid && !report { return false }
        }
        evaluated.allItems = true
        return valid
    }

    private static func firstDuplicate(_ elements: [JSONNode]) -> (Int, Int)? {
        guard elements.count > 1 else { return nil }
        for second in 1..<elements.count {
            for first in 0..<second where elements[first].value.jsonEquals(elements[second].value) { return (first, second) }
        }
        return nil
    }
}

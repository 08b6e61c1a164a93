extension ValidationRun {
    /// The object keywords: properties, patternProperties, additionalProperties, propertyNames, required, counts, dependencies.
    mutating func checkObject(_ schema: Schema, _ members: [JSONMember], report: Bool, evaluated: inout Evaluated)
        -> Bool
    {
        var valid = true
        if let required = schema.keywords.required {
            for name in required where !Self.has(name, members) {
                fail(schema, "required", SchemaMessages.required(name), report: report)
                valid = false
                if !report { return false }
            }
        }
        if let limit = schema.keywords.maxProperties, members.count > limit {
            fail(schema, "maxProperties", SchemaMessages.maxProperties(limit), report: report)
            valid = false
        }
        if let limit = schema.keywords.minProperties, members.count < limit {
            fail(schema, "minProperties", SchemaMessages.minProperties(limit), report: report)
            valid = false
        }
        if let dependencies = schema.keywords.dependentRequired {
            for (trigger, names) in dependencies where Self.has(trigger, members) {
                for name in names where !Self.has(name, members) {
                    fail(schema, "dependentRequired", SchemaMessages.dependentRequired(name, trigger), report: report)
                    valid = false
                }
            }
        }
        if !valid && !report { return false }
        let keywords = schema.keywords
        if keywords.properties != nil || keywords.patternProperties != nil || keywords.additionalProperties != nil
            || keywords.propertyNames != nil
        {
            // Members are read in place: copying each one would retain its key and value.
            valid = members.withUnsafeBufferPointer { buffer in
                var valid = valid
                for position in buffer.indices {
                    path.append(position)
                    valid =
                        checkMember(
                            schema, buffer[position].key, buffer[position].keyStart, buffer[position].node,
                            report: report, evaluated: &evaluated) && valid
                    path.removeLast()
                    if !valid && !report { return false }
                }
                return valid
            }
            if !valid && !report { return false }
        }
        if let dependencies = schema.keywords.dependentSchemas {
            for (trigger, dependent) in dependencies where Self.has(trigger, members) {
                valid = apply(dependent, JSONNode(.object(members)), report: report, evaluated: &evaluated) && valid
            }
        }
        return valid
    }

    /// properties, patternProperties, additionalProperties and propertyNames for one member.
    private mutating func checkMember(
        _ schema: Schema, _ key: String, _ keyStart: Int, _ node: JSONNode, report: Bool, evaluated: inout Evaluated
    ) -> Bool {
        var valid = true
        var matched = false
        if let property = Self.property(key, in: schema.keywords) {
            matched = true
            valid = checkChild(property, node, report: report)
        }
        if let patterns = schema.keywords.patternProperties {
            for (pattern, property) in patterns where pattern.matches(key) {
                matched = true
                valid = checkChild(property, node, report: report) && valid
            }
        }
        if !matched, let additional = schema.keywords.additionalProperties {
            if additional.always == false {
                fail(
                    schema, "additionalProperties",
                    SchemaMessages.additionalProperty(key, allowed: schema.keywords.propertyOrder), report: report)
                valid = false
            } else {
                valid = checkChild(additional, node, report: report) && valid
            }
        }
        if let names = schema.keywords.propertyNames {
            var ignored = Evaluated()
            if !check(names, JSONNode(.string(key), start: keyStart, end: keyStart), report: false, evaluated: &ignored)
            {
                fail(schema, "propertyNames", SchemaMessages.propertyName(key), report: report)
                valid = false
            }
        }
        if collectAnnotations && (matched || schema.keywords.additionalProperties != nil) {
            evaluated.properties.insert(key)
        }
        return valid
    }

    /// True when an object has a member named `name`.
    static func has(_ name: String, _ members: [JSONMember]) -> Bool {
        members.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index].key == name { return true }
            return false
        }
    }

    /// The array keywords: prefixItems, items, contains with its bounds, counts, uniqueItems.
    mutating func checkArray(_ schema: Schema, _ elements: [JSONNode], report: Bool, evaluated: inout Evaluated) -> Bool
    {
        var valid = true
        if let limit = schema.keywords.maxItems, elements.count > limit {
            fail(schema, "maxItems", SchemaMessages.maxItems(limit), report: report)
            valid = false
        }
        if let limit = schema.keywords.minItems, elements.count < limit {
            fail(schema, "minItems", SchemaMessages.minItems(limit), report: report)
            valid = false
        }
        if schema.keywords.uniqueItems, let (first, second) = Self.firstDuplicate(elements) {
            fail(schema, "uniqueItems", SchemaMessages.uniqueItems(first, second), report: report)
            valid = false
        }
        if !valid && !report { return false }
        let prefix = schema.keywords.prefixItems ?? []
        for (index, element) in elements.enumerated() {
            let itemSchema = index < prefix.count ? prefix[index] : schema.keywords.items
            guard let itemSchema else { continue }
            path.append(index)
            valid = checkChild(itemSchema, element, report: report) && valid
            path.removeLast()
            if !valid && !report { return false }
        }
        if collectAnnotations {
            evaluated.prefix = max(evaluated.prefix, min(prefix.count, elements.count))
            if schema.keywords.items != nil { evaluated.allItems = true }
        }
        if let contains = schema.keywords.contains {
            var count = 0
            for (index, element) in elements.enumerated() {
                var ignored = Evaluated()
                if check(contains, element, report: false, evaluated: &ignored) {
                    count += 1
                    if collectAnnotations { evaluated.indices.insert(index) }
                }
            }
            let minimum = schema.keywords.minContains ?? 1
            if count < minimum {
                fail(
                    schema, schema.keywords.minContains == nil ? "contains" : "minContains",
                    SchemaMessages.contains(minimum), report: report)
                valid = false
            }
            if let maximum = schema.keywords.maxContains, count > maximum {
                fail(schema, "maxContains", SchemaMessages.maxContains(maximum), report: report)
                valid = false
            }
        }
        return valid
    }

    /// The subschema `properties` gives a key: a scan for the few properties schemas usually have (cheaper than
    /// hashing the key), the dictionary beyond that.
    static func property(_ key: String, in keywords: Keywords) -> Schema? {
        guard let order = keywords.propertySchemas else { return nil }
        if order.count > 8 { return keywords.properties?[key] }
        for (name, schema) in order where name == key { return schema }
        return nil
    }

    /// Validates a member's or element's value with fresh annotations (they belong to that value).
    private mutating func checkChild(_ schema: Schema, _ node: JSONNode, report: Bool) -> Bool {
        var inner = Evaluated()
        return check(schema, node, report: report, evaluated: &inner)
    }

    mutating func checkUnevaluatedProperties(
        _ schema: Schema, _ members: [JSONMember], report: Bool, evaluated: inout Evaluated
    ) -> Bool {
        guard let unevaluated = schema.keywords.unevaluatedProperties, !evaluated.allProperties else { return true }
        var valid = true
        for (position, member) in members.enumerated() where !evaluated.properties.contains(member.key) {
            path.append(position)
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

    mutating func checkUnevaluatedItems(
        _ schema: Schema, _ elements: [JSONNode], report: Bool, evaluated: inout Evaluated
    ) -> Bool {
        guard let unevaluated = schema.keywords.unevaluatedItems, !evaluated.allItems else { return true }
        var valid = true
        for (index, element) in elements.enumerated()
        where index >= evaluated.prefix && !evaluated.indices.contains(index) {
            path.append(index)
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

    /// The earliest element equal to an earlier one, with the first of those: `(first, second)`.
    static func firstDuplicate(_ elements: [JSONNode]) -> (Int, Int)? {
        guard elements.count > 1 else { return nil }
        if elements.count > 8 && elements.allSatisfy({ $0.string != nil || $0.number != nil }) {
            return firstDuplicateByHash(elements)
        }
        return firstDuplicatePairwise(elements)
    }

    private static func firstDuplicatePairwise(_ elements: [JSONNode]) -> (Int, Int)? {
        for second in 1..<elements.count {
            for first in 0..<second where elements[first].value.jsonEquals(elements[second].value) {
                return (first, second)
            }
        }
        return nil
    }

    /// The same answer for strings and numbers (lists of ids or emails, often long) in linear time: the first
    /// repeated key is the answer, since equal values share a key and the key remembers its first element.
    private static func firstDuplicateByHash(_ elements: [JSONNode]) -> (Int, Int)? {
        var firstWithKey: [ScalarKey: Int] = [:]
        firstWithKey.reserveCapacity(elements.count)
        for (second, element) in elements.enumerated() {
            let key: ScalarKey = element.string.map { .string($0) } ?? .number(element.number ?? JSONNumber(0))
            if let first = firstWithKey[key] {
                // Strings hash by their text, so canonically equal ones (é and e + ◌́) share a key without being
                // equal in JSON: rare enough to settle pairwise.
                guard elements[first].value.jsonEquals(element.value) else { return firstDuplicatePairwise(elements) }
                return (first, second)
            }
            firstWithKey[key] = second
        }
        return nil
    }

    private enum ScalarKey: Hashable {
        case string(String)
        case number(JSONNumber)
    }
}

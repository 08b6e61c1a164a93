extension SchemaValidator {
    /// type, enum, const, and the number and string keywords.
    func checkValue(_ schema: Schema, _ node: JSONNode, report: Bool) -> Bool {
        var valid = true
        if let types = schema.types, !types.contains(where: { Self.hasType(node.value, $0) }) {
            fail(schema, "type", SchemaMessages.type(expected: types, found: node.value.typeName), report: report)
            valid = false
        }
        if let values = schema.enumValues, !values.contains(where: { $0.jsonEquals(node.value) }) {
            fail(schema, "enum", SchemaMessages.enumeration(values), report: report)
            valid = false
        }
        if let constant = schema.constValue, !constant.jsonEquals(node.value) {
            fail(schema, "const", SchemaMessages.constant(constant), report: report)
            valid = false
        }
        switch node.value {
        case .number(let number): valid = checkNumber(schema, number, report: report) && valid
        case .string(let text): valid = checkString(schema, text, report: report) && valid
        default: break
        }
        return valid
    }

    static func hasType(_ value: JSONValue, _ type: String) -> Bool {
        switch (value, type) {
        case (.number(let number), "integer"): number.isInteger
        default: value.typeName == type
        }
    }

    private func checkNumber(_ schema: Schema, _ number: JSONNumber, report: Bool) -> Bool {
        var valid = true
        if let limit = schema.maximum, number > limit {
            fail(schema, "maximum", SchemaMessages.maximum(limit, exclusive: false), report: report)
            valid = false
        }
        if let limit = schema.exclusiveMaximum, number >= limit {
            fail(schema, "exclusiveMaximum", SchemaMessages.maximum(limit, exclusive: true), report: report)
            valid = false
        }
        if let limit = schema.minimum, number < limit {
            fail(schema, "minimum", SchemaMessages.minimum(limit, exclusive: false), report: report)
            valid = false
        }
        if let limit = schema.exclusiveMinimum, number <= limit {
            fail(schema, "exclusiveMinimum", SchemaMessages.minimum(limit, exclusive: true), report: report)
            valid = false
        }
        if let divisor = schema.multipleOf, !Self.isMultiple(number.decimal, of: divisor.decimal) {
            fail(schema, "multipleOf", SchemaMessages.multipleOf(divisor), report: report)
            valid = false
        }
        return valid
    }

    /// Exact `value / divisor` is a whole number, for decimals of any size.
    static func isMultiple(_ value: JSONNumber.Decimal, of divisor: JSONNumber.Decimal) -> Bool {
        if value.digits.isEmpty { return true }
        if divisor.digits.isEmpty { return false }
        // value = A·10^a, divisor = B·10^b with A, B free of trailing zeros: A·10^(a-b) must be divisible by B.
        guard value.exponent >= divisor.exponent else { return false }
        // Divisors of more than 18 significant digits are beyond this check and count as not dividing.
        guard let modulus = divisor.digitValue else { return false }
        var remainder: UInt64 = 0
        for digit in value.digits { remainder = (mulMod(remainder, 10, modulus) + UInt64(digit)) % modulus }
        let power = powMod(10, value.exponent - divisor.exponent, modulus)
        return mulMod(remainder, power, modulus) == 0
    }

    private static func mulMod(_ a: UInt64, _ b: UInt64, _ modulus: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return modulus.dividingFullWidth((product.high % modulus, product.low)).remainder
    }

    private static func powMod(_ base: UInt64, _ exponent: Int, _ modulus: UInt64) -> UInt64 {
        var result: UInt64 = 1 % modulus
        var base = base % modulus
        var exponent = exponent
        while exponent > 0 {
            if exponent & 1 == 1 { result = mulMod(result, base, modulus) }
            base = mulMod(base, base, modulus)
            exponent >>= 1
        }
        return result
    }

    private func checkString(_ schema: Schema, _ text: String, report: Bool) -> Bool {
        var valid = true
        if schema.maxLength != nil || schema.minLength != nil {
            let length = text.unicodeScalars.count
            if let limit = schema.maxLength, length > limit {
                fail(schema, "maxLength", SchemaMessages.maxLength(limit), report: report)
                valid = false
            }
            if let limit = schema.minLength, length < limit {
                fail(schema, "minLength", SchemaMessages.minLength(limit), report: report)
                valid = false
            }
        }
        if let pattern = schema.pattern, !pattern.matches(text) {
            fail(schema, "pattern", SchemaMessages.pattern(pattern.source), report: report)
            valid = false
        }
        if assertFormat, let format = schema.format, !Formats.isValid(text, format: format) {
            fail(schema, "format", SchemaMessages.format(format), report: report)
            valid = false
        }
        return valid
    }
}

extension JSONNumber.Decimal {
    /// The digits as an integer when they fit in 18 decimal digits.
    var digitValue: UInt64? {
        guard digits.count <= 18 else { return nil }
        return digits.reduce(UInt64(0)) { $0 * 10 + UInt64($1) }
    }
}

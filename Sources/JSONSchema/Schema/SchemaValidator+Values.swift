extension ValidationRun {
    /// type, enum, const, and the number and string keywords.
    mutating func checkValue(_ schema: Schema, _ node: JSONNode, report: Bool) -> Bool {
        var valid = true
        if let types = schema.keywords.types, !types.allows(node.value) {
            fail(schema, "type", SchemaMessages.type(expected: types.names, found: node.value), report: report)
            valid = false
        }
        if let values = schema.keywords.enumValues, !values.contains(where: { $0.jsonEquals(node.value) }) {
            fail(schema, "enum", SchemaMessages.enumeration(values), report: report)
            valid = false
        }
        if let constant = schema.keywords.constValue, !constant.jsonEquals(node.value) {
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

    /// A length that gives the same verdicts as the number of Unicode scalars: the UTF-8 byte count when it
    /// settles both limits (a scalar is one to four bytes), else the scalars counted. Long explanations are
    /// common and counting scalars is linear.
    static func scalarCount(_ text: String, maxLength: Int?, minLength: Int?) -> Int {
        let bytes = text.utf8.count
        let maxSettled = maxLength.map { bytes <= $0 } ?? true
        let minSettled = minLength.map { bytes < $0 || bytes / 4 >= $0 } ?? true
        return maxSettled && minSettled ? bytes : text.unicodeScalars.count
    }

    private mutating func checkNumber(_ schema: Schema, _ number: JSONNumber, report: Bool) -> Bool {
        var valid = true
        if let limit = schema.keywords.maximum, number > limit {
            fail(schema, "maximum", SchemaMessages.maximum(limit, exclusive: false), report: report)
            valid = false
        }
        if let limit = schema.keywords.exclusiveMaximum, number >= limit {
            fail(schema, "exclusiveMaximum", SchemaMessages.maximum(limit, exclusive: true), report: report)
            valid = false
        }
        if let limit = schema.keywords.minimum, number < limit {
            fail(schema, "minimum", SchemaMessages.minimum(limit, exclusive: false), report: report)
            valid = false
        }
        if let limit = schema.keywords.exclusiveMinimum, number <= limit {
            fail(schema, "exclusiveMinimum", SchemaMessages.minimum(limit, exclusive: true), report: report)
            valid = false
        }
        if let divisor = schema.keywords.multipleOf, !Self.isMultiple(number.decimal, of: divisor.decimal) {
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

    private mutating func checkString(_ schema: Schema, _ text: String, report: Bool) -> Bool {
        var valid = true
        if schema.keywords.maxLength != nil || schema.keywords.minLength != nil {
            let length = Self.scalarCount(
                text, maxLength: schema.keywords.maxLength, minLength: schema.keywords.minLength)
            if let limit = schema.keywords.maxLength, length > limit {
                fail(schema, "maxLength", SchemaMessages.maxLength(limit), report: report)
                valid = false
            }
            if let limit = schema.keywords.minLength, length < limit {
                fail(schema, "minLength", SchemaMessages.minLength(limit), report: report)
                valid = false
            }
        }
        if let pattern = schema.keywords.pattern, !pattern.matches(text) {
            fail(schema, "pattern", SchemaMessages.pattern(pattern.source), report: report)
            valid = false
        }
        if assertFormat, let format = schema.keywords.format, !Formats.isValid(text, format: format) {
            fail(schema, "format", SchemaMessages.format(format, text), report: report)
            valid = false
        }
        return valid
    }
}

extension JSONNumber.Decimal {
    /// The digits as an integer when they fit in 18 decimal digits.
    public var digitValue: UInt64? {
        guard digits.count <= 18 else { return nil }
        return digits.reduce(UInt64(0)) { $0 * 10 + UInt64($1) }
    }
}

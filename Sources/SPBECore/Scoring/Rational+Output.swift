import JSONSchema

extension Rational {
    /// The documented JSON shape of an exact value: `{"display": "3.42", "exact": "683/200", "decimal": "3.415"}`.
    public func json(decimals: Int) -> OutputJSON {
        .object([
            ("display", .string(rounded(decimals))),
            ("exact", .string(description)),
            ("decimal", .string(exactDecimal ?? rounded(12))),
        ])
    }

    /// The exact decimal expansion when it ends (denominator of only 2s and 5s), else nil.
    public var exactDecimal: String? {
        var rest = denominator
        var twos = 0
        var fives = 0
        while rest % 2 == 0 { rest /= 2; twos += 1 }
        while rest % 5 == 0 { rest /= 5; fives += 1 }
        guard rest == 1 else { return nil }
        let places = max(twos, fives)
        guard places > 0 else { return String(numerator) }
        var text = rounded(places)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

/// A JSON number kept exactly as written; equality and order are by exact decimal value.
///
/// `3.50`, `3.5` and `35e-1` are equal; `1e400` and 30-digit integers keep every digit.
public struct JSONNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The literal as it appeared in the source.
    public let literal: String

    /// Wraps a literal the parser has already checked against the JSON number grammar.
    public init(validatedLiteral: String) { literal = validatedLiteral }

    public init(_ value: Int) { literal = String(value) }

    public var description: String { literal }

    /// The exact value as sign × digits × 10^exponent, digits without leading or trailing zeros (empty for zero).
    public var decimal: Decimal { Decimal(literal: literal) }

    /// True when the value is a whole number (`2`, `2.0`, `2e3`).
    public var isInteger: Bool {
        let value = decimal
        return value.digits.isEmpty || value.exponent >= 0
    }

    /// The value as an `Int` when it is a whole number that fits.
    public var intValue: Int? {
        if let plain = plainInt { return plain }
        let value = decimal
        if value.digits.isEmpty { return 0 }
        guard value.exponent >= 0, value.digits.count + value.exponent <= 18 else { return nil }
        var result = 0
        for digit in value.digits { result = result * 10 + Int(digit) }
        for _ in 0..<value.exponent { result *= 10 }
        return value.negative ? -result : result
    }

    /// The nearest `Double`; only for display and the rare check that needs no exactness.
    public var doubleValue: Double { Double(literal) ?? .nan }

    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        if let left = lhs.plainInt, let right = rhs.plainInt { return left == right }
        return lhs.decimal == rhs.decimal
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(decimal) }

    public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        if let left = lhs.plainInt, let right = rhs.plainInt { return left < right }
        return lhs.decimal < rhs.decimal
    }

    /// The value of a literal written as a plain integer of at most 18 digits (`3`, `-12`): the common case,
    /// compared without building the exact decimal.
    var plainInt: Int? {
        let utf8 = literal.utf8
        guard utf8.count <= 18, !utf8.isEmpty else { return nil }
        var value = 0
        var negative = false
        for byte in utf8 {
            if byte == UInt8(ascii: "-") {
                negative = true
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    /// An exact decimal: `(negative ? -1 : 1) × digits × 10^exponent`.
    public struct Decimal: Hashable, Comparable, Sendable {
        public let negative: Bool
        /// Decimal digits 0...9, most significant first, no leading or trailing zeros; empty for zero.
        public let digits: [UInt8]
        public let exponent: Int

        init(literal: String) {
            var negative = false
            var digits: [UInt8] = []
            var fractionDigits = 0
            var exponent = 0
            var inFraction = false
            var utf8 = literal.utf8.makeIterator()
            while let byte = utf8.next() {
                switch byte {
                case UInt8(ascii: "-"): negative = true
                case UInt8(ascii: "."): inFraction = true
                case UInt8(ascii: "e"), UInt8(ascii: "E"):
                    exponent = Self.readExponent(&utf8)
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if !(digits.isEmpty && byte == UInt8(ascii: "0")) { digits.append(byte - UInt8(ascii: "0")) }
                    if inFraction { fractionDigits += 1 }
                default: break
                }
            }
            var trailing = 0
            while let last = digits.last, last == 0 {
                digits.removeLast()
                trailing += 1
            }
            self.negative = negative && !digits.isEmpty
            self.digits = digits
            self.exponent =
                digits.isEmpty ? 0 : exponent.addingReportingOverflow(trailing - fractionDigits).partialValue
        }

        /// Reads the exponent, saturating far beyond any meaningful value instead of overflowing.
        private static func readExponent(_ utf8: inout String.UTF8View.Iterator) -> Int {
            var negative = false
            var value = 0
            while let byte = utf8.next() {
                switch byte {
                case UInt8(ascii: "-"): negative = true
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    value = min(value * 10 + Int(byte - UInt8(ascii: "0")), 1 << 40)
                default: break
                }
            }
            return negative ? -value : value
        }

        /// The position of the most significant digit: the value's order of magnitude.
        private var magnitude: Int { digits.count + exponent }

        public static func < (lhs: Decimal, rhs: Decimal) -> Bool {
            if lhs.negative != rhs.negative { return lhs.negative }
            let lessInMagnitude = absoluteLess(lhs, rhs)
            let greaterInMagnitude = absoluteLess(rhs, lhs)
            return lhs.negative ? greaterInMagnitude : lessInMagnitude
        }

        private static func absoluteLess(_ lhs: Decimal, _ rhs: Decimal) -> Bool {
            if lhs.digits.isEmpty { return !rhs.digits.isEmpty }
            if rhs.digits.isEmpty { return false }
            if lhs.magnitude != rhs.magnitude { return lhs.magnitude < rhs.magnitude }
            return lhs.digits.lexicographicallyPrecedes(rhs.digits)
        }
    }
}

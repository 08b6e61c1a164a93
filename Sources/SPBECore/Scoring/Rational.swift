/// An exact fraction, always in lowest terms with a positive denominator.
///
/// Scores are computed with these and rounded only for display, as the regulation's published figures require.
public struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int
    public let denominator: Int

    public init(_ numerator: Int, _ denominator: Int = 1) {
        precondition(denominator != 0, "a fraction needs a non-zero denominator")
        let divisor = Self.gcd(abs(numerator), abs(denominator))
        let sign = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / max(divisor, 1)
        self.denominator = sign * denominator / max(divisor, 1)
    }

    /// The exact value of a JSON number with at most `maxDecimals` decimals and a modest size; nil otherwise.
    public init?(_ number: JSONNumber, maxDecimals: Int = 6, maxDigits: Int = 12) {
        let decimal = number.decimal
        guard decimal.digits.count <= maxDigits, decimal.exponent >= -maxDecimals,
            decimal.digits.count + decimal.exponent <= maxDigits, let digits = decimal.digitValue
        else { return nil }
        var value = Int(digits)
        if decimal.negative { value = -value }
        if decimal.exponent >= 0 {
            for _ in 0..<decimal.exponent { value *= 10 }
            self.init(value)
        } else {
            var scale = 1
            for _ in 0..<(-decimal.exponent) { scale *= 10 }
            self.init(value, scale)
        }
    }

    public static let zero = Rational(0)

    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        let divisor = gcd(lhs.denominator, rhs.denominator)
        let left = lhs.numerator * (rhs.denominator / divisor)
        let right = rhs.numerator * (lhs.denominator / divisor)
        return Rational(left + right, lhs.denominator / divisor * rhs.denominator)
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational { lhs + Rational(-rhs.numerator, rhs.denominator) }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        let first = gcd(abs(lhs.numerator), rhs.denominator)
        let second = gcd(abs(rhs.numerator), lhs.denominator)
        return Rational(
            (lhs.numerator / max(first, 1)) * (rhs.numerator / max(second, 1)),
            (lhs.denominator / max(second, 1)) * (rhs.denominator / max(first, 1)))
    }

    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        lhs * Rational(rhs.denominator, rhs.numerator)
    }

    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        (lhs - rhs).numerator < 0
    }

    /// Rounded half-up (halves away from zero) to `decimals` places, as text: `3.4985` → `3.50`.
    public func rounded(_ decimals: Int) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let magnitude = abs(numerator) * scale
        var whole = magnitude / denominator
        if (magnitude % denominator) * 2 >= denominator { whole += 1 }
        let sign = numerator < 0 && whole != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(whole) }
        // The fraction's digits with leading zeros: the digits of `scale + fraction` after its leading 1.
        return sign + String(whole / scale) + "." + String(scale + whole % scale).dropFirst()
    }

    /// The value rounded half-up to `decimals` places, as a fraction (for predikat read from the rounded index).
    public func roundedValue(_ decimals: Int) -> Rational {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let magnitude = abs(numerator) * scale
        var whole = magnitude / denominator
        if (magnitude % denominator) * 2 >= denominator { whole += 1 }
        return Rational(numerator < 0 ? -whole : whole, scale)
    }

    /// `n/d`, or just `n` for a whole number: the exact value, for JSON output.
    public var description: String { denominator == 1 ? String(numerator) : "\(numerator)/\(denominator)" }

    /// The nearest `Double`, for charts only.
    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}

/// An indicator's value: a whole level (spbe-2020: 1..5) or an exact decimal of at most two places
/// (pemdi-2026: 1.00..5.00), held as an integer number of hundredths so that sums stay exact and cheap.
/// Which values a framework allows is its data (`Framework.Values`), not this type's.
public struct Level: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Hundredths per level: the finest value any framework may allow.
    public static let scale = 100
    public static let zero = Level(hundredths: 0)

    public let hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }

    /// A whole level: `Level(3)`.
    public init(_ whole: Int) { hundredths = whole * Self.scale }

    /// The exact value of a JSON number with at most two decimals and at most four integer digits; nil otherwise.
    public init?(_ number: JSONNumber) {
        if let whole = number.intValue {
            guard abs(whole) < 10_000 else { return nil }
            self.init(whole)
            return
        }
        let decimal = number.decimal
        guard decimal.exponent >= -2, decimal.digits.count + decimal.exponent <= 4 else { return nil }
        var value = decimal.digits.reduce(0) { $0 * 10 + Int($1) }
        for _ in 0..<(decimal.exponent + 2) { value *= 10 }
        self.init(hundredths: decimal.negative ? -value : value)
    }

    /// The number of decimals a JSON number is written with, ignoring trailing zeros (`2.50` has 1).
    public static func decimals(of number: JSONNumber) -> Int { max(0, -number.decimal.exponent) }

    public var isWhole: Bool { hundredths % Self.scale == 0 }
    /// The whole part, rounded down: the level whose name and criteria a value has reached.
    public var wholePart: Int {
        hundredths >= 0 ? hundredths / Self.scale : -((-hundredths + Self.scale - 1) / Self.scale)
    }
    public var rational: Rational { Rational(hundredths, Self.scale) }

    /// The next whole level above this value: 3 → 4, 2.5 → 3.
    public var nextWhole: Level { Level(wholePart + 1) }

    /// As written in files: `3`, `2.5`, `1.26` (no trailing zeros, so whole levels print as before).
    public var description: String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / Self.scale
        let fraction = magnitude % Self.scale
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return "\(sign)\(whole).\(digits)"
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.hundredths < rhs.hundredths }
    public static func - (lhs: Level, rhs: Level) -> Level { Level(hundredths: lhs.hundredths - rhs.hundredths) }
    public static func + (lhs: Level, rhs: Level) -> Level { Level(hundredths: lhs.hundredths + rhs.hundredths) }
}

extension Level {
    /// As a JSON number, written as in files.
    public var json: OutputJSON { .number(description) }
}

extension Level: ExpressibleByIntegerLiteral {
    /// A whole level written as a literal: `let top: Level = 5`.
    public init(integerLiteral value: Int) { self.init(value) }
}

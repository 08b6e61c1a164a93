/// Reads ECMA-262 pattern syntax (with its web-compatibility leniencies: a `{` or `]` that starts nothing is a
/// literal) into a `PatternNode`; nil for a syntax error or a feature a linear matcher cannot run.
struct PatternParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func parse() -> PatternNode? {
        guard let node = alternatives(), index == scalars.count else { return nil }
        return node
    }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard peek == scalar else { return false }
        index += 1
        return true
    }

    private mutating func alternatives() -> PatternNode? {
        var choices: [PatternNode] = []
        repeat {
            guard let sequence = sequence() else { return nil }
            choices.append(sequence)
        } while take("|")
        return choices.count == 1 ? choices[0] : .alternatives(choices)
    }

    private mutating func sequence() -> PatternNode? {
        var terms: [PatternNode] = []
        while let next = peek, next != "|", next != ")" {
            guard let atom = atom() else { return nil }
            if case .assertion = atom {
                terms.append(atom)
                continue
            }
            guard let quantified = quantified(atom) else { return nil }
            terms.append(quantified)
        }
        return .sequence(terms)
    }

    private mutating func quantified(_ atom: PatternNode) -> PatternNode? {
        let start = index
        var bounds: (Int, Int?)
        if take("*") {
            bounds = (0, nil)
        } else if take("+") {
            bounds = (1, nil)
        } else if take("?") {
            bounds = (0, 1)
        } else if let counted = counted() {
            bounds = counted
        } else {
            index = start
            return atom
        }
        if let max = bounds.1, max < bounds.0 { return nil }
        _ = take("?")
        return .repeated(atom, min: bounds.0, max: bounds.1)
    }

    /// `{n}`, `{n,}` or `{n,m}`; nil (and nothing read) for a `{` that is a literal.
    private mutating func counted() -> (Int, Int?)? {
        let start = index
        guard take("{"), let min = number() else {
            index = start
            return nil
        }
        var max: Int? = min
        if take(",") { max = number() }
        guard take("}") else {
            index = start
            return nil
        }
        return (min, max)
    }

    private mutating func number() -> Int? {
        var value: Int?
        while let next = peek, ("0"..."9").contains(next) {
            value = Swift.min((value ?? 0) * 10 + Int(next.value - 48), 100_000)
            index += 1
        }
        return value
    }

    private mutating func atom() -> PatternNode? {
        guard let next = peek else { return nil }
        index += 1
        switch next {
        case "^": return .assertion(.start)
        case "$": return .assertion(.end)
        case ".": return .set(.dot)
        case "[": return characterClass()
        case "(":
            if take("?") {
                // Non-capturing and named groups only: look-around needs backtracking.
                if take(":") {
                } else if take("<"), let name = peek, name != "=", name != "!" {
                    while let scalar = peek, scalar != ">" { index += 1 }
                    guard take(">") else { return nil }
                } else {
                    return nil
                }
            }
            guard let inner = alternatives(), take(")") else { return nil }
            return inner
        case "*", "+", "?", ")", "|": return nil
        case "\\": return escape(inClass: false)
        default: return .scalar(next)
        }
    }

    /// After a backslash. Inside a class `\b` is a backspace; outside it is a word boundary.
    private mutating func escape(inClass: Bool) -> PatternNode? {
        guard let next = peek else { return nil }
        index += 1
        switch next {
        case "d": return .set(.digit)
        case "D": return .set(ScalarClass.digit.inverted)
        case "w": return .set(.word)
        case "W": return .set(ScalarClass.word.inverted)
        case "s": return .set(.space)
        case "S": return .set(ScalarClass.space.inverted)
        case "b": return inClass ? .scalar("\u{08}") : .assertion(.wordBoundary)
        case "B": return inClass ? nil : .assertion(.notWordBoundary)
        case "t": return .scalar("\t")
        case "n": return .scalar("\n")
        case "v": return .scalar("\u{0B}")
        case "f": return .scalar("\u{0C}")
        case "r": return .scalar("\r")
        case "0" where !(peek.map { ("0"..."9").contains($0) } ?? false): return .scalar("\0")
        case "1"..."9", "k": return nil  // back-references
        case "c":
            guard let letter = peek, letter.isASCII, letter.properties.isAlphabetic else { return .scalar("\\") }
            index += 1
            return Unicode.Scalar(letter.value % 32).map(PatternNode.scalar)
        case "x": return hex(digits: 2).map(PatternNode.scalar)
        case "u":
            if take("{") {
                var value: UInt32 = 0
                while let scalar = peek, let digit = scalar.hexValue {
                    value = Swift.min(value * 16 + digit, 0x11_0000)
                    index += 1
                }
                guard take("}") else { return nil }
                return Unicode.Scalar(value).map(PatternNode.scalar)
            }
            return hex(digits: 4).map(PatternNode.scalar)
        case "p", "P":
            guard take("{") else { return nil }
            var name = ""
            while let scalar = peek, scalar != "}" {
                name.unicodeScalars.append(scalar)
                index += 1
            }
            guard take("}"), let set = ScalarClass(property: name) else { return nil }
            return .set(next == "p" ? set : set.inverted)
        default: return .scalar(next)
        }
    }

    private mutating func hex(digits: Int) -> Unicode.Scalar? {
        guard index + digits <= scalars.count else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[index..<index + digits] {
            guard let digit = scalar.hexValue else { return nil }
            value = value * 16 + digit
        }
        index += digits
        return Unicode.Scalar(value)
    }

    private mutating func characterClass() -> PatternNode? {
        let negated = take("^")
        var members = ScalarClass()
        while let next = peek, next != "]" {
            guard let first = classAtom() else { return nil }
            if case .scalar(let low) = first, peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                index += 1
                guard case .scalar(let high)? = classAtom(), low <= high else { return nil }
                members.ranges.append(low...high)
            } else if case .scalar(let scalar) = first {
                members.ranges.append(scalar...scalar)
            } else if case .set(let set) = first {
                members.members.append(set)
            } else {
                return nil
            }
        }
        guard take("]") else { return nil }
        return .set(negated ? members.inverted : members)
    }

    private mutating func classAtom() -> PatternNode? {
        guard let next = peek else { return nil }
        index += 1
        return next == "\\" ? escape(inClass: true) : .scalar(next)
    }
}

extension Unicode.Scalar {
    fileprivate var hexValue: UInt32? {
        switch self {
        case "0"..."9": value - 48
        case "a"..."f": value - 87
        case "A"..."F": value - 55
        default: nil
        }
    }
}

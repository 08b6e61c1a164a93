/// A one-pass matcher for the fixed-layout ASCII patterns schemas use most (`^[0-9a-f]{64}$`,
/// `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`): anchored at both ends, no groups, every item but the last of fixed length, so
/// the split of the input is forced and nothing is ever retried. Anything else returns nil from `init` and the
/// caller uses `LinearPattern`.
struct SimplePattern {
    enum Node {
        case byte(UInt8)
        case set(ByteSet)
        case any
        case group([[Item]])
    }

    /// The ASCII bytes a class accepts, as a 128-bit map (negation already applied).
    struct ByteSet {
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// A negated class also accepts every non-ASCII byte.
        var negated = false

        init(_ ranges: [ClosedRange<UInt8>], negated: Bool) {
            for range in ranges {
                for byte in range where byte < 128 {
                    if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
                }
            }
            if negated {
                low = ~low
                high = ~high
                self.negated = true
            }
        }

        func contains(_ byte: UInt8) -> Bool {
            byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 ? high & (1 << UInt64(byte - 64)) != 0 : negated
        }
    }

    struct Item {
        let node: Node
        let min: Int
        let max: Int
    }

    private let items: [Item]
    private let anchoredStart: Bool
    private let anchoredEnd: Bool
    /// False when only literals and positive classes occur: then a non-ASCII byte can never match, and the input
    /// need not be checked for non-ASCII text first.
    private let needsASCIIInput: Bool
    /// Anchored at both ends, no groups, and every item but the last of fixed length (`^[0-9a-f]{64}$`,
    /// `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`): the split of the input is then forced, so one pass decides.
    private let isLinear: Bool

    init?(_ source: String) {
        var bytes = Array(source.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        anchoredStart = bytes.first == UInt8(ascii: "^")
        if anchoredStart { bytes.removeFirst() }
        anchoredEnd =
            bytes.last == UInt8(ascii: "$") && (bytes.count < 2 || bytes[bytes.count - 2] != UInt8(ascii: "\\"))
        if anchoredEnd { bytes.removeLast() }
        var parser = Parser(bytes: bytes)
        guard let alternatives = parser.alternatives(), parser.index == bytes.count else { return nil }
        items = alternatives.count == 1 ? alternatives[0] : [Item(node: .group(alternatives), min: 1, max: 1)]
        needsASCIIInput = Self.acceptsAnyByte(items)
        isLinear =
            anchoredStart && anchoredEnd && items.allSatisfy { if case .group = $0.node { false } else { true } }
            && items.dropLast().allSatisfy { $0.min == $0.max }
        guard isLinear else { return nil }
    }

    /// True when some atom (`.` or a negated class) could match a byte of a non-ASCII character.
    private static func acceptsAnyByte(_ items: [Item]) -> Bool {
        items.contains { item in
            switch item.node {
            case .any: true
            case .set(let set): set.negated
            case .byte: false
            case .group(let alternatives): alternatives.contains(where: acceptsAnyByte)
            }
        }
    }

    /// Whether the pattern matches `text` (anywhere, unless anchored); nil when `text` is not ASCII.
    func matches(_ text: String) -> Bool? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ matches(bytes: $0) }) { return result }
        var copy = text
        return copy.withUTF8 { matches(bytes: $0) }
    }

    private func matches(bytes input: UnsafeBufferPointer<UInt8>) -> Bool? {
        if needsASCIIInput { for byte in input where byte >= 0x80 { return nil } }
        return matchesLinear(input)
    }

    private func matchesLinear(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        for (index, item) in items.enumerated() {
            let count = index == items.count - 1 ? input.count - position : item.min
            guard count >= item.min, count <= item.max, count <= input.count - position else { return false }
            for offset in position..<(position + count) where !Self.accepts(item.node, input[offset]) { return false }
            position += count
        }
        return position == input.count
    }

    private static func accepts(_ node: Node, _ byte: UInt8) -> Bool {
        switch node {
        case .byte(let expected): byte == expected
        case .any: byte != 0x0A && byte != 0x0D
        case .set(let set): set.contains(byte)
        case .group: false
        }
    }

    /// Parses the supported subset; returns nil at the first construct outside it.
    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        static let digit: [ClosedRange<UInt8>] = [48...57]
        static let word: [ClosedRange<UInt8>] = [48...57, 65...90, 95...95, 97...122]
        static let space: [ClosedRange<UInt8>] = [9...13, 32...32]

        mutating func alternatives() -> [[Item]]? {
            var result: [[Item]] = [[]]
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ")") { break }
                if byte == UInt8(ascii: "|") {
                    index += 1
                    result.append([])
                    continue
                }
                guard let node = atom(), let (min, max) = quantifier() else { return nil }
                result[result.count - 1].append(Item(node: node, min: min, max: max))
            }
            return result
        }

        mutating func atom() -> Node? {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "("):
                if index < bytes.count && bytes[index] == UInt8(ascii: "?") { return nil }
                guard let inner = alternatives(), index < bytes.count, bytes[index] == UInt8(ascii: ")") else {
                    return nil
                }
                index += 1
                return .group(inner)
            case UInt8(ascii: "["): return set()
            case UInt8(ascii: "."): return .any
            case UInt8(ascii: "\\"): return escape(inSet: false).map { .set(ByteSet($0, negated: false)) }
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                UInt8(ascii: "]"), UInt8(ascii: "^"), UInt8(ascii: "$"):
                return nil
            default: return .byte(byte)
            }
        }

        mutating func escape(inSet: Bool) -> [ClosedRange<UInt8>]? {
            guard index < bytes.count else { return nil }
            let letter = bytes[index]
            index += 1
            switch letter {
            case UInt8(ascii: "d"): return Self.digit
            case UInt8(ascii: "w"): return Self.word
            case UInt8(ascii: "s"): return Self.space
            case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "+"),
                UInt8(ascii: "*"),
                UInt8(ascii: "?"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "{"),
                UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "_"),
                UInt8(ascii: "@"),
                UInt8(ascii: ":"):
                return [letter...letter]
            default: return nil
            }
        }

        mutating func set() -> Node? {
            var negated = false
            if index < bytes.count && bytes[index] == UInt8(ascii: "^") {
                negated = true
                index += 1
            }
            var ranges: [ClosedRange<UInt8>] = []
            while index < bytes.count && bytes[index] != UInt8(ascii: "]") {
                var low = bytes[index]
                index += 1
                if low == UInt8(ascii: "\\") {
                    guard let escaped = escape(inSet: true) else { return nil }
                    if escaped.count != 1 || escaped[0].count != 1 {
                        ranges += escaped
                        continue
                    }
                    low = escaped[0].lowerBound
                } else if low == UInt8(ascii: "[") {
                    return nil
                }
                if index + 1 < bytes.count && bytes[index] == UInt8(ascii: "-") && bytes[index + 1] != UInt8(ascii: "]")
                {
                    let high = bytes[index + 1]
                    guard high != UInt8(ascii: "\\"), high >= low else { return nil }
                    index += 2
                    ranges.append(low...high)
                } else {
                    ranges.append(low...low)
                }
            }
            guard index < bytes.count else { return nil }
            index += 1
            return .set(ByteSet(ranges, negated: negated))
        }

        mutating func quantifier() -> (Int, Int)? {
            guard index < bytes.count else { return (1, 1) }
            var result: (Int, Int)
            switch bytes[index] {
            case UInt8(ascii: "*"): result = (0, Int.max)
            case UInt8(ascii: "+"): result = (1, Int.max)
            case UInt8(ascii: "?"): result = (0, 1)
            case UInt8(ascii: "{"):
                guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
                let inside = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                let parts = inside.split(separator: ",", omittingEmptySubsequences: false)
                guard (1...2).contains(parts.count), let low = Int(parts[0]) else { return nil }
                let high = parts.count == 1 ? low : (parts[1].isEmpty ? Int.max : Int(parts[1]) ?? -1)
                guard high >= low else { return nil }
                index = close
                result = (low, high)
            default: return (1, 1)
            }
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "?") || bytes[index] == UInt8(ascii: "+")) {
                return nil
            }
            return result
        }
    }
}

/// The byte-level recursive-descent scanner behind `JSONParser`.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var index = 0
    var depth = 0
    /// (object start, first key offset, second key offset) of every duplicated key.
    var duplicates: [(Int, Int, Int)] = []
    private let members = ScanStack<JSONMember>()
    private let elements = ScanStack<JSONNode>()

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(ScanError) -> JSONNode {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            throw ScanError(kind: .byteOrderMark, offset: 0)
        }
        skipWhitespace()
        let root = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw ScanError(kind: .unexpectedByte(bytes[index], expected: .endOfFile), offset: index)
        }
        return root
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private func unexpected(_ expected: JSONSyntaxError.Expected) -> ScanError {
        guard index < bytes.count else { return ScanError(kind: .unexpectedEnd(expected: expected), offset: index) }
        let byte = bytes[index]
        if byte >= 0x80 { return ScanError(kind: .invalidUTF8(byte), offset: index) }
        return ScanError(kind: .unexpectedByte(byte, expected: expected), offset: index)
    }

    private mutating func parseValue() throws(ScanError) -> JSONNode {
        guard index < bytes.count else { throw unexpected(.value) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""):
            let text = try parseString()
            return JSONNode(.string(text), start: start, end: index)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return JSONNode(.bool(true), start: start, end: index)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return JSONNode(.bool(false), start: start, end: index)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return JSONNode(.null, start: start, end: index)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        default:
            throw unexpected(.value)
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(ScanError) {
        for offset in 0..<word.utf8CodeUnitCount {
            guard index < bytes.count, bytes[index] == word.utf8Start[offset] else {
                throw unexpected(offset == 0 ? .value : .literal("\(word)"))
            }
            index += 1
        }
    }

    private mutating func enter() throws(ScanError) {
        depth += 1
        if depth > maxDepth { throw ScanError(kind: .tooDeep(limit: maxDepth), offset: index) }
    }

    private mutating func parseObject() throws(ScanError) -> JSONNode {
        let start = index
        try enter()
        index += 1
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return JSONNode(.object([]), start: start, end: index)
        }
        let base = members.count
        var keys: Set<String>?
        var comma: Int?
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if let comma, index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    throw ScanError(kind: .trailingComma, offset: comma)
                }
                throw unexpected(.stringKey)
            }
            let keyStart = index
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw unexpected(.colonAfterKey)
            }
            index += 1
            skipWhitespace()
            let node = try parseValue()
            if let first = duplicate(of: key, from: base, keys: &keys) {
                duplicates.append((start, first, keyStart))
            }
            members.push(JSONMember(key: key, keyStart: keyStart, node: node))
            skipWhitespace()
            guard index < bytes.count else { throw unexpected(.commaOrBrace) }
            if bytes[index] == UInt8(ascii: ",") {
                // `"level": 3,5`: a decimal comma, not a second member.
                if case .number = node.value, index + 1 < bytes.count, isDigit(bytes[index + 1]) {
                    throw ScanError(kind: .decimalComma, offset: index)
                }
                comma = index
                index += 1
                continue
            }
            // Another key where a ',' belongs: the comma is missing at the end of this value.
            if bytes[index] == UInt8(ascii: "\"") { throw ScanError(kind: .missingComma, offset: node.end) }
            guard bytes[index] == UInt8(ascii: "}") else { throw unexpected(.commaOrBrace) }
            index += 1
            depth -= 1
            return JSONNode(.object(members.pop(from: base)), start: start, end: index)
        }
    }

    /// The key offset of an earlier member named `key` of the object whose members start at `base` on the stack;
    /// small objects are scanned, large ones use a set.
    private func duplicate(of key: String, from base: Int, keys: inout Set<String>?) -> Int? {
        if members.count - base >= 16 {
            if keys == nil {
                keys = Set((base..<members.count).map { position in members.withElement(at: position) { $0.key } })
            }
            guard keys!.insert(key).inserted == false else { return nil }
        }
        for position in base..<members.count {
            if let keyStart = members.withElement(at: position, { $0.key == key ? $0.keyStart : nil }) {
                return keyStart
            }
        }
        return nil
    }

    private mutating func parseArray() throws(ScanError) -> JSONNode {
        let start = index
        try enter()
        index += 1
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return JSONNode(.array([]), start: start, end: index)
        }
        let base = elements.count
        var comma: Int?
        while true {
            skipWhitespace()
            if let comma, index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                throw ScanError(kind: .trailingComma, offset: comma)
            }
            let element = try parseValue()
            elements.push(element)
            skipWhitespace()
            guard index < bytes.count else { throw unexpected(.commaOrBracket) }
            if bytes[index] == UInt8(ascii: ",") {
                comma = index
                index += 1
                continue
            }
            // Another value where a ',' belongs: the comma is missing at the end of this element.
            if Self.startsValue(bytes[index]) { throw ScanError(kind: .missingComma, offset: element.end) }
            guard bytes[index] == UInt8(ascii: "]") else { throw unexpected(.commaOrBracket) }
            index += 1
            depth -= 1
            return JSONNode(.array(elements.pop(from: base)), start: start, end: index)
        }
    }

    /// Whether a byte can begin a JSON value.
    private static func startsValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "-"), UInt8(ascii: "t"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: false
        }
    }
}

/// A small XML parser for the parts of a workbook: elements, attributes, character data, CDATA, the five
/// predefined entities and character references. A DOCTYPE is refused, so no entity is ever expanded.
struct XMLParser {
    private let bytes: [UInt8]
    private var position = 0
    private static let maximumDepth = 256
    /// More elements than any assessment sheet has (a sheet of 20 agencies' indicators has a few thousand).
    private static let maximumElements = 1_000_000
    private var elements = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The root element, or nil when the bytes are not well-formed XML of this subset.
    static func parse(_ bytes: [UInt8]) -> XMLElement? {
        var parser = XMLParser(bytes)
        return parser.document()
    }

    private mutating func document() -> XMLElement? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        var stack: [XMLElement] = []
        var root: XMLElement?
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                guard let text = characterData() else { return nil }
                if let open = stack.last {
                    open.text += text
                } else if !text.allSatisfy(\.isWhitespace) {
                    return nil
                }
                continue
            }
            if starts("<?") {
                guard skip(past: "?>") else { return nil }
            } else if starts("<!--") {
                guard skip(past: "-->") else { return nil }
            } else if starts("<![CDATA[") {
                position += 9
                let start = position
                guard skip(past: "]]>"), let open = stack.last else { return nil }
                open.text += String(decoding: bytes[start..<(position - 3)], as: UTF8.self)
            } else if starts("<!") {
                return nil
            } else if starts("</") {
                position += 2
                guard let name = name(), let open = stack.popLast(), Self.local(name) == open.name else { return nil }
                skipSpace()
                guard take(">") else { return nil }
                if stack.isEmpty { root = open }
            } else {
                position += 1
                elements += 1
                guard root == nil, stack.count < Self.maximumDepth, elements <= Self.maximumElements,
                    let (element, closed) = startTag()
                else { return nil }
                stack.last?.children.append(element)
                if closed {
                    if stack.isEmpty { root = element }
                } else {
                    stack.append(element)
                }
            }
        }
        return stack.isEmpty ? root : nil
    }

    private mutating func startTag() -> (XMLElement, closed: Bool)? {
        guard let name = name() else { return nil }
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = skipSpace()
            if take("/") { return take(">") ? (XMLElement(name: Self.local(name), attributes: attributes), true) : nil }
            if take(">") { return (XMLElement(name: Self.local(name), attributes: attributes), false) }
            guard hadSpace, let key = self.name() else { return nil }
            skipSpace()
            guard take("=") else { return nil }
            skipSpace()
            guard position < bytes.count, bytes[position] == 0x22 || bytes[position] == 0x27 else { return nil }
            let quote = bytes[position]
            position += 1
            let start = position
            while position < bytes.count && bytes[position] != quote && bytes[position] != UInt8(ascii: "<") {
                position += 1
            }
            guard position < bytes.count, bytes[position] == quote,
                let value = Self.unescaped(bytes[start..<position])
            else { return nil }
            position += 1
            if !key.hasPrefix("xmlns") { attributes[Self.local(key)] = value }
        }
    }

    private mutating func characterData() -> String? {
        let start = position
        while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
        return Self.unescaped(bytes[start..<position])
    }

    private mutating func name() -> String? {
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
        return position > start ? String(decoding: bytes[start..<position], as: UTF8.self) : nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: ":"), UInt8(ascii: "_"), UInt8(ascii: "-"),
            UInt8(ascii: "."), 0x80...0xFF:
            true
        default: false
        }
    }

    private static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        return position > start
    }

    private func starts(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[position + $0] == text.utf8Start[$0] }
    }

    private mutating func take(_ text: StaticString) -> Bool {
        guard starts(text) else { return false }
        position += text.utf8CodeUnitCount
        return true
    }

    private mutating func skip(past end: StaticString) -> Bool {
        while position < bytes.count {
            if take(end) { return true }
            position += 1
        }
        return false
    }

    /// Text with its entity and character references replaced; nil for any other reference.
    private static func unescaped(_ slice: ArraySlice<UInt8>) -> String? {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        var index = slice.startIndex
        while index < slice.endIndex {
            guard slice[index] == UInt8(ascii: "&") else {
                out.append(slice[index])
                index += 1
                continue
            }
            guard let semicolon = slice[index...].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 12 else {
                return nil
            }
            let reference = String(decoding: slice[(index + 1)..<semicolon], as: UTF8.self)
            switch reference {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                guard reference.hasPrefix("#") else { return nil }
                let digits = reference.dropFirst()
                let code = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                guard let code, let scalar = Unicode.Scalar(code), code != 0 else { return nil }
                out += Array(String(Character(scalar)).utf8)
            }
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

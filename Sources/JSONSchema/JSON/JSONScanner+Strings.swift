extension JSONScanner {
    /// Parses a string starting at its opening quote; leaves `index` after the closing quote.
    mutating func parseString() throws(ScanError) -> String {
        index += 1
        let start = index
        while index < bytes.count {
            skipPlainASCII()
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: start) }
            if byte < 0x20 { throw ScanError(kind: .controlCharacter(byte), offset: index) }
            if byte < 0x80 {
                index += 1
            } else {
                try skipUTF8Sequence()
            }
        }
        throw ScanError(kind: .unexpectedEnd(expected: .closingQuote), offset: index)
    }

    /// Skips eight bytes at a time while none of them is a quote, a backslash, a control character or non-ASCII
    /// (explanations are long runs of plain text).
    @inline(__always)
    private mutating func skipPlainASCII() {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            // A byte is zero in `x` exactly when (x - 1) sets its high bit while x's own high bit is clear.
            let special =
                ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
                | word
            if special & highs != 0 { return }
            index += 8
        }
    }

    /// The slow path once an escape appears: builds the string's bytes in a buffer.
    private mutating func parseEscapedString(from start: Int) throws(ScanError) -> String {
        var buffer = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try appendEscape(to: &buffer)
            case 0..<0x20:
                throw ScanError(kind: .controlCharacter(byte), offset: index)
            case 0..<0x80:
                buffer.append(byte)
                index += 1
            default:
                let sequenceStart = index
                try skipUTF8Sequence()
                buffer.append(contentsOf: bytes[sequenceStart..<index])
            }
        }
        throw ScanError(kind: .unexpectedEnd(expected: .closingQuote), offset: index)
    }

    private mutating func appendEscape(to buffer: inout [UInt8]) throws(ScanError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else {
            throw ScanError(kind: .unexpectedEnd(expected: .escapeAfterBackslash), offset: index)
        }
        let letter = bytes[index]
        index += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(letter)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try readHex4(escapeStart: escapeStart)
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                let lowStart = index
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else {
                    throw ScanError(kind: .loneSurrogate(escapeText(escapeStart)), offset: escapeStart)
                }
                index += 2
                let low = try readHex4(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw ScanError(kind: .loneSurrogate(escapeText(escapeStart)), offset: escapeStart)
                }
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw ScanError(kind: .loneSurrogate(escapeText(escapeStart)), offset: escapeStart)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else {
                throw ScanError(kind: .loneSurrogate(escapeText(escapeStart)), offset: escapeStart)
            }
            buffer.append(contentsOf: UTF8.encode(scalar)!)
        default:
            let shown = letter < 0x80 && letter >= 0x20 ? "\\" + String(UnicodeScalar(letter)) : "\\"
            throw ScanError(kind: .invalidEscape(shown), offset: escapeStart)
        }
    }

    private func escapeText(_ start: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(start + 6, bytes.count)]), as: UTF8.self)
    }

    private mutating func readHex4(escapeStart: Int) throws(ScanError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard index < bytes.count else {
                throw ScanError(kind: .unexpectedEnd(expected: .fourHexDigits), offset: index)
            }
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw ScanError(kind: .invalidEscape(escapeText(escapeStart)), offset: escapeStart)
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    /// Checks one multi-byte UTF-8 sequence at `index` (shortest form, no surrogates, at most U+10FFFF).
    private mutating func skipUTF8Sequence() throws(ScanError) {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw ScanError(kind: .invalidUTF8(lead), offset: index)
        }
        for position in 1..<length {
            let at = index + position
            guard at < bytes.count else { throw ScanError(kind: .invalidUTF8(lead), offset: index) }
            let byte = bytes[at]
            let (minimum, maximum) = position == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            // The sequence that breaks is the character to fix: point at its first byte.
            guard byte >= minimum && byte <= maximum else { throw ScanError(kind: .invalidUTF8(lead), offset: index) }
        }
        index += length
    }

    /// Parses a number by the JSON grammar and keeps its literal.
    mutating func parseNumber() throws(ScanError) -> JSONNode {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw numberError(.digitAfterMinus) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw numberError(.noLeadingZeros) }
        } else {
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw numberError(.digitAfterPoint) }
            skipDigits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { throw numberError(.digitInExponent) }
            skipDigits()
        }
        let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        return JSONNode(.number(JSONNumber(validatedLiteral: literal)), start: start, end: index)
    }

    private func numberError(_ expected: JSONSyntaxError.Expected) -> ScanError {
        if index >= bytes.count { return ScanError(kind: .unexpectedEnd(expected: expected), offset: index) }
        return ScanError(kind: .invalidNumber(expected), offset: index)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
}

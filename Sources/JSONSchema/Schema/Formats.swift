/// Checks for the `format` values the validator asserts with `--assert-format`; unknown formats pass.
public enum Formats {
    /// A real calendar date written `YYYY-MM-DD` (RFC 3339 full-date: the month's length, leap years).
    public static func isCalendarDate(_ text: String) -> Bool { isDate(Substring(text)) }

    static func isValid(_ text: String, format: String) -> Bool {
        switch format {
        case "date": return isDate(Substring(text))
        case "time": return isTime(Substring(text))
        case "date-time": return isDateTime(text)
        case "email", "idn-email": return isEmail(text)
        case "hostname": return isHostname(text)
        case "ipv4": return isIPv4(Substring(text))
        case "ipv6": return isIPv6(text)
        case "uri", "iri": return isURI(text, absolute: true)
        case "uri-reference", "iri-reference": return isURI(text, absolute: false)
        case "uuid": return isUUID(text)
        case "regex": return (try? Regex(text)) != nil
        case "json-pointer": return JSONPointer(parsing: text) != nil
        default: return true
        }
    }

    private static func digits(_ text: Substring, _ count: Int) -> Int? {
        guard text.count == count, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// RFC 3339 full-date, with the month's real length (leap years included).
    static func isDate(_ text: Substring) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let year = digits(parts[0], 4), let month = digits(parts[1], 2),
            let day = digits(parts[2], 2)
        else { return false }
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// RFC 3339 full-time: `hh:mm:ss[.frac](Z|±hh:mm)`; a leap second only at 23:59:60 UTC.
    static func isTime(_ text: Substring) -> Bool {
        let upper = text.uppercased()
        var body = Substring(upper)
        var offsetMinutes = 0
        if body.hasSuffix("Z") {
            body = body.dropLast()
        } else if let sign = body.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let offset = body[body.index(after: sign)...].split(separator: ":", omittingEmptySubsequences: false)
            guard offset.count == 2, let hours = digits(offset[0], 2), let minutes = digits(offset[1], 2), hours < 24,
                minutes < 60
            else { return false }
            offsetMinutes = (hours * 60 + minutes) * (body[sign] == "+" ? 1 : -1)
            body = body[..<sign]
        } else {
            return false
        }
        if let dot = body.firstIndex(of: ".") {
            let fraction = body[body.index(after: dot)...]
            guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            body = body[..<dot]
        }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, let hour = digits(parts[0], 2), let minute = digits(parts[1], 2),
            let second = digits(parts[2], 2)
        else { return false }
        guard hour < 24, minute < 60, second <= 60 else { return false }
        if second == 60 {
            let utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }

    static func isDateTime(_ text: String) -> Bool {
        guard let separator = text.firstIndex(where: { $0 == "T" || $0 == "t" }) else { return false }
        return isDate(text[..<separator]) && isTime(text[text.index(after: separator)...])
    }

    static func isEmail(_ text: String) -> Bool {
        guard let at = text.lastIndex(of: "@") else { return false }
        let local = text[..<at]
        let domain = text[text.index(after: at)...]
        guard !local.isEmpty, !domain.isEmpty, !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..")
        else { return false }
        if domain.hasPrefix("[") && domain.hasSuffix("]") {
            let inner = domain.dropFirst().dropLast()
            return inner.hasPrefix("IPv6:") ? isIPv6(String(inner.dropFirst(5))) : isIPv4(inner)
        }
        return isHostname(String(domain)) || domain.unicodeScalars.contains { !$0.isASCII }
    }

    static func isHostname(_ text: String) -> Bool {
        var name = Substring(text)
        if name.hasSuffix(".") { name = name.dropLast() }
        guard !name.isEmpty, name.utf8.count <= 253 else { return false }
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            guard (1...63).contains(label.utf8.count), !label.hasPrefix("-"), !label.hasSuffix("-") else {
                return false
            }
            guard label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return false }
            if label.count >= 4, label.dropFirst(2).hasPrefix("--"), !label.lowercased().hasPrefix("xn--") {
                return false
            }
        }
        return true
    }

    static func isIPv4(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.allSatisfy { part in
            guard (1...3).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part)
            else { return false }
            return value <= 255 && (part.count == 1 || part.first != "0")
        }
    }

    static func isIPv6(_ text: String) -> Bool {
        var body = Substring(text)
        var groupsAvailable = 8
        if let last = body.lastIndex(of: ":"), body[body.index(after: last)...].contains(".") {
            guard isIPv4(body[body.index(after: last)...]) else { return false }
            body = body[...last]
            if body.hasSuffix(":") && !body.hasSuffix("::") { body = body.dropLast() }
            groupsAvailable = 6
        }
        let halves = body.split(separator: "::", omittingEmptySubsequences: false).map(String.init)
        guard halves.count <= 2 else { return false }
        func groups(_ part: String) -> [Substring]? {
            if part.isEmpty { return [] }
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            return pieces.allSatisfy {
                (1...4).contains($0.count) && $0.allSatisfy(\.isHexDigit) && $0.allSatisfy(\.isASCII)
            } ? pieces : nil
        }
        guard let first = groups(halves[0]) else { return false }
        if halves.count == 2 {
            guard let second = groups(halves[1]) else { return false }
            return first.count + second.count < groupsAvailable
        }
        return first.count == groupsAvailable
    }

    static func isURI(_ text: String, absolute: Bool) -> Bool {
        guard !text.unicodeScalars.contains(where: { $0.value <= 0x20 || "<>\"{}|\\^`".unicodeScalars.contains($0) })
        else { return false }
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "%" {
                let next = text.index(index, offsetBy: 3, limitedBy: text.endIndex) ?? text.endIndex
                let hex = text[text.index(after: index)..<next]
                guard hex.count == 2, hex.allSatisfy(\.isHexDigit) else { return false }
            }
            index = text.index(after: index)
        }
        let reference = URIReference(text)
        if absolute && reference.scheme == nil { return false }
        if !absolute && reference.scheme == nil, let colon = text.firstIndex(of: ":"),
            !text[..<colon].contains("/"), !text[..<colon].contains("?"), !text[..<colon].contains("#")
        {
            return false
        }
        if let authority = reference.authority, authority.contains("[") {
            let host = authority.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }
            return isIPv6(String(host))
        }
        return true
    }

    static func isUUID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isHexDigit } }
    }
}

extension String {
    /// An email address as compared: ASCII letters folded to lower case and nothing else, as mail systems and git
    /// do. Unicode case folding would let `tim.spbe@\u{212A}otacontoh.go.id` (a KELVIN SIGN) pass as
    /// `tim.spbe@kotacontoh.go.id`.
    public var emailKey: String {
        String(
            decoding: utf8.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }
}

/// What counts as an email address where spbe expects a commit author's.
public enum EmailAddress {
    /// `local@domain.tld` with no spaces: what commit authors look like.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0 else { return false }
        let domain = bytes[(at + 1)...]
        guard !domain.contains(UInt8(ascii: "@")), domain.contains(UInt8(ascii: ".")),
            domain.first != UInt8(ascii: "."), domain.last != UInt8(ascii: ".")
        else { return false }
        if bytes.contains(where: {
            $0 <= 0x20 || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: ",")
        }) {
            return false
        }
        // Beyond ASCII, other spaces (no-break, ideographic) count too.
        return bytes.allSatisfy { $0 < 0x80 } || !text.unicodeScalars.contains { $0.properties.isWhitespace }
    }
}

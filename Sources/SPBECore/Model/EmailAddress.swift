extension String {
    /// An email address as compared: ASCII letters folded to lower case and nothing else, as mail systems and git
    /// do. Unicode case folding would let `tim.spbe@\u{212A}otacontoh.go.id` (a KELVIN SIGN) pass as
    /// `tim.spbe@kotacontoh.go.id`.
    public var emailKey: String {
        String(
            decoding: utf8.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }
}

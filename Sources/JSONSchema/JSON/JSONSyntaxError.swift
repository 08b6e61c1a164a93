import Localization

/// Why bytes are not a JSON document this tool accepts, and where.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case unexpectedEnd(expected: String)
        case unexpectedByte(UInt8, expected: String)
        case invalidEscape(String)
        case invalidUTF8(UInt8)
        case controlCharacter(UInt8)
        case loneSurrogate(String)
        case invalidNumber(String)
        case byteOrderMark
        case tooDeep(limit: Int)
        case tooLarge(limit: Int)
    }

    public let kind: Kind
    /// The byte offset where the problem is.
    public let offset: Int
    public let location: SourceLocation

    /// A message that says what was expected, in both languages.
    public var message: Localized {
        switch kind {
        case .unexpectedEnd(let expected):
            Localized(
                en: "unexpected end of file, expected \(expected)",
                id: "berkas berakhir terlalu cepat, seharusnya \(expected)")
        case .unexpectedByte(let byte, let expected):
            Localized(
                en: "unexpected \(Self.show(byte)), expected \(expected)",
                id: "\(Self.show(byte)) tidak diharapkan, seharusnya \(expected)")
        case .invalidEscape(let escape):
            Localized(
                en: "invalid escape '\(escape)'; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX",
                id: "escape '\(escape)' tidak sah; gunakan \\\" \\\\ \\/ \\b \\f \\n \\r \\t atau \\uXXXX")
        case .invalidUTF8(let byte):
            Localized(
                en: "invalid UTF-8 byte 0x\(Self.hex(byte)); save the file as UTF-8",
                id: "byte UTF-8 tidak sah 0x\(Self.hex(byte)); simpan berkas sebagai UTF-8")
        case .controlCharacter(let byte):
            Localized(
                en:
                    "control character 0x\(Self.hex(byte)) in a string; escape it (e.g. \\n, \\t, \\u00\(Self.hex(byte)))",
                id:
                    "karakter kontrol 0x\(Self.hex(byte)) dalam string; tulis dengan escape (mis. \\n, \\t, \\u00\(Self.hex(byte)))"
            )
        case .loneSurrogate(let escape):
            Localized(
                en: "lone surrogate '\(escape)' is not a character; pair it or remove it",
                id: "surrogate tunggal '\(escape)' bukan karakter; pasangkan atau hapus")
        case .invalidNumber(let reason):
            Localized(en: "invalid number: \(reason)", id: "angka tidak sah: \(reason)")
        case .byteOrderMark:
            Localized(
                en: "the file starts with a byte-order mark; save it as UTF-8 without BOM",
                id: "berkas diawali byte-order mark; simpan sebagai UTF-8 tanpa BOM")
        case .tooDeep(let limit):
            Localized(en: "nesting deeper than \(limit) levels", id: "bersarang lebih dalam dari \(limit) tingkat")
        case .tooLarge(let limit):
            Localized(en: "file larger than \(limit) bytes", id: "berkas lebih besar dari \(limit) byte")
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let text = String(byte, radix: 16, uppercase: true)
        return text.count == 1 ? "0" + text : text
    }

    private static func show(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(hex(byte))"
    }
}

/// Two members of one object with the same key: both are kept, and this reports them.
public struct DuplicateKey: Equatable, Sendable {
    /// The pointer of the object's member (`/indicators/I12`).
    public let pointer: JSONPointer
    public let firstOffset: Int
    public let secondOffset: Int
}

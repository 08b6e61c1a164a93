import Localization

/// Why bytes are not a JSON document this tool accepts, and where.
public struct JSONSyntaxError: Error, Equatable, Sendable {
    /// What the parser expected where it stopped, said in either language.
    public enum Expected: Equatable, Sendable {
        case value, literal(String), stringKey, colonAfterKey, commaOrBrace, commaOrBracket, endOfFile
        case closingQuote, escapeAfterBackslash, fourHexDigits
        case digitAfterMinus, noLeadingZeros, digitAfterPoint, digitInExponent

        public var text: Localized {
            switch self {
            case .value: Localized(en: "a value", indonesian: "sebuah nilai")
            case .literal(let word): Localized(en: "'\(word)'", indonesian: "'\(word)'")
            case .stringKey:
                Localized(en: "a string key in double quotes", indonesian: "kunci string dalam tanda kutip ganda")
            case .colonAfterKey: Localized(en: "':' after object key", indonesian: "':' setelah kunci objek")
            case .commaOrBrace:
                Localized(en: "',' or '}' after object member", indonesian: "',' atau '}' setelah anggota objek")
            case .commaOrBracket:
                Localized(en: "',' or ']' after array element", indonesian: "',' atau ']' setelah elemen larik")
            case .endOfFile: Localized(en: "end of file after the value", indonesian: "akhir berkas setelah nilai")
            case .closingQuote: Localized(en: "'\"' to close the string", indonesian: "'\"' untuk menutup string")
            case .escapeAfterBackslash: Localized(en: "an escape after '\\'", indonesian: "escape setelah '\\'")
            case .fourHexDigits:
                Localized(
                    en: "four hexadecimal digits after '\\u'", indonesian: "empat digit heksadesimal setelah '\\u'")
            case .digitAfterMinus: Localized(en: "a digit after '-'", indonesian: "digit setelah '-'")
            case .noLeadingZeros: Localized(en: "no leading zeros", indonesian: "tanpa nol di depan")
            case .digitAfterPoint: Localized(en: "a digit after '.'", indonesian: "digit setelah '.'")
            case .digitInExponent: Localized(en: "a digit in the exponent", indonesian: "digit pada eksponen")
            }
        }
    }

    public enum Kind: Equatable, Sendable {
        case unexpectedEnd(expected: Expected)
        case unexpectedByte(UInt8, expected: Expected)
        /// A ',' right before '}' or ']': the place to fix is the comma.
        case trailingComma
        /// Two members or elements with no ',' between them: the place to fix is the end of the first.
        case missingComma
        /// `3,5` as a member's value: a decimal comma where JSON writes a point.
        case decimalComma
        case invalidEscape(String)
        case invalidUTF8(UInt8)
        case controlCharacter(UInt8)
        case loneSurrogate(String)
        case invalidNumber(Expected)
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
                en: "unexpected end of file, expected \(expected.text.en)",
                indonesian: "berkas berakhir terlalu cepat, seharusnya \(expected.text.indonesian)")
        case .unexpectedByte(let byte, let expected):
            Localized(
                en: "unexpected \(Self.show(byte)), expected \(expected.text.en)",
                indonesian: "\(Self.show(byte, id: true)) tidak diharapkan, seharusnya \(expected.text.indonesian)")
        case .trailingComma:
            Localized(
                en: "a ',' before the closing bracket; remove this comma",
                indonesian: "ada ',' sebelum kurung penutup; hapus koma ini")
        case .decimalComma:
            Localized(
                en: "a decimal comma? JSON numbers use a point: write 3.5, not 3,5",
                indonesian: "koma desimal? angka JSON memakai titik: tulis 3.5, bukan 3,5")
        case .missingComma:
            Localized(
                en: "missing ',' after this value; add a comma here",
                indonesian: "kurang ',' setelah nilai ini; tambahkan koma di sini")
        case .invalidEscape(let escape):
            Localized(
                en:
                    "invalid escape '\(escape)'; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX (in a file path, write '/' instead of '\\')",
                indonesian:
                    "escape '\(escape)' tidak sah; gunakan \\\" \\\\ \\/ \\b \\f \\n \\r \\t atau \\uXXXX (pada path berkas, tulis '/' bukan '\\')"
            )
        case .invalidUTF8(let byte):
            Localized(
                en: "invalid UTF-8 byte 0x\(Self.hex(byte)); save the file as UTF-8",
                indonesian: "byte UTF-8 tidak sah 0x\(Self.hex(byte)); simpan berkas sebagai UTF-8")
        case .controlCharacter(let byte):
            Localized(
                en:
                    "control character 0x\(Self.hex(byte)) in a string; escape it (e.g. \\n, \\t, \\u00\(Self.hex(byte)))",
                indonesian:
                    "karakter kontrol 0x\(Self.hex(byte)) dalam string; tulis dengan escape (mis. \\n, \\t, \\u00\(Self.hex(byte)))"
            )
        case .loneSurrogate(let escape):
            Localized(
                en: "lone surrogate '\(escape)' is not a character; pair it or remove it",
                indonesian: "surrogate tunggal '\(escape)' bukan karakter; pasangkan atau hapus")
        case .invalidNumber(let expected):
            Localized(
                en: "invalid number: expected \(expected.text.en)",
                indonesian: "angka tidak sah: seharusnya \(expected.text.indonesian)")
        case .byteOrderMark:
            Localized(
                en: "the file starts with a byte-order mark; save it as UTF-8 without BOM",
                indonesian: "berkas diawali byte-order mark; simpan sebagai UTF-8 tanpa BOM")
        case .tooDeep(let limit):
            Localized(
                en: "nesting deeper than \(limit) levels", indonesian: "bersarang lebih dalam dari \(limit) tingkat")
        case .tooLarge(let limit):
            Localized(en: "file larger than \(limit) bytes", indonesian: "berkas lebih besar dari \(limit) byte")
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let text = String(byte, radix: 16, uppercase: true)
        return text.count == 1 ? "0" + text : text
    }

    private static func show(_ byte: UInt8, id: Bool = false) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return id ? "byte 0x\(hex(byte))" : "byte 0x\(hex(byte))"
    }
}

/// Two members of one object with the same key: both are kept, and this reports them.
public struct DuplicateKey: Equatable, Sendable {
    /// The pointer of the object's member (`/indicators/I12`).
    public let pointer: JSONPointer
    public let firstOffset: Int
    public let secondOffset: Int
}

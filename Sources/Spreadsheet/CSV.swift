import Foundation

/// Comma- or semicolon-separated values (RFC 4180): one sheet of text cells.
public enum CSV {
    /// The separator and decimal mark of a csv file. Excel in an Indonesian locale saves `;` and `2,75`.
    public enum Convention: String, Sendable, CaseIterable {
        case comma, semicolon

        var separator: Character { self == .comma ? "," : ";" }
    }

    /// UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF line ends, fields quoted where needed;
    /// numbers with the convention's decimal mark.
    public static func write(_ rows: [[Cell]], convention: Convention) -> [UInt8] {
        var out = "\u{FEFF}"
        for row in rows {
            out += row.map { field($0, convention) }.joined(separator: String(convention.separator)) + "\r\n"
        }
        return Array(out.utf8)
    }

    private static func field(_ cell: Cell, _ convention: Convention) -> String {
        let text: String
        switch cell {
        case .empty: return ""
        case .text(let value): text = value
        case .number(let literal):
            return convention == .semicolon ? literal.replacingOccurrences(of: ".", with: ",") : literal
        case .date(let iso): return iso
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        }
        let needsQuotes =
            text.contains { $0 == convention.separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// Far more than an assessment has: a csv past these is refused before it costs seconds.
    static let maximumBytes = 8 << 20
    static let maximumRows = 100_000
    static let maximumColumns = 256

    /// The rows of a csv file as text cells, with the convention it was written in: the separator is the one of
    /// `,`, `;` and tab most frequent in the first line outside quotes. UTF-8 (with or without a byte-order mark),
    /// else Windows-1252, as Excel saves "CSV" on Windows.
    public static func read(_ bytes: [UInt8]) throws(WorkbookError) -> (rows: [[Cell]], convention: Convention) {
        guard bytes.count <= maximumBytes else { throw .tooLarge }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard !body.contains(0) else { throw .notAWorkbook }
        // Windows-1252 leaves five bytes undefined; Latin-1 reads every byte.
        let text =
            String(validating: body, as: UTF8.self) ?? String(data: Data(body), encoding: .windowsCP1252)
            ?? String(decoding: body.map { UInt16($0) }, as: UTF16.self)
        let separator = Self.separator(text)
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var field = ""
        var quoted = false
        var wasQuoted = false
        var characters = text.makeIterator()
        func endField() {
            row.append(field.isEmpty && !wasQuoted ? .empty : .text(field))
            field = ""
            wasQuoted = false
        }
        func endRow() {
            endField()
            rows.append(row.allSatisfy { $0 == .empty } ? [] : row)
            row = []
        }
        var tooLarge = false
        while !tooLarge, let character = characters.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                // A quote inside a quoted field is written twice: closing then reopening gives one quote.
                if wasQuoted { field.append("\"") }
                quoted = true
                wasQuoted = true
            case separator:
                endField()
                if row.count > maximumColumns { tooLarge = true }
            case "\r\n", "\n", "\r":
                endRow()
                if rows.count > maximumRows { tooLarge = true }
            default: field.append(character)
            }
        }
        guard !tooLarge else { throw .tooLarge }
        if !field.isEmpty || !row.isEmpty || wasQuoted { endRow() }
        while rows.last?.isEmpty == true { rows.removeLast() }
        return (rows, separator == ";" ? .semicolon : .comma)
    }

    private static func separator(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if quoted { continue }
            if character == "\n" || character == "\r\n" || character == "\r" { break }
            if counts[character] != nil { counts[character]! += 1 }
        }
        return [",", ";", "\t"].max { counts[$0]! < counts[$1]! } ?? ","
    }
}

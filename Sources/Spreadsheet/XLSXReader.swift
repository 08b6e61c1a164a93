/// Reads the sheets of an xlsx package as Excel, LibreOffice Calc, Google Sheets or openpyxl write it: shared
/// and inline strings, rich-text runs, numbers, booleans, dates (1900 and 1904 systems), formulas by their
/// cached value. Only values are read: styles decide no more than which numbers are dates.
struct XLSXReader {
    /// Cells beyond this column or row are not read: no assessment sheet is that wide or that long.
    static let maximumColumns = 256
    static let maximumRows = 100_000

    private let zip: ZipReader

    init(_ bytes: [UInt8]) throws(WorkbookError) { zip = try ZipReader(bytes) }

    func sheets() throws(WorkbookError) -> [Sheet] {
        // LibreOffice's own format is a zip too: say what it is rather than which part it lacks.
        if zip.entries["xl/workbook.xml"] == nil && zip.entries["mimetype"] != nil { throw .openDocument }
        let workbook = try element("xl/workbook.xml")
        let date1904 = ["1", "true"].contains(workbook.child("workbookPr")?["date1904"] ?? "")
        let links = try relationships("xl/_rels/workbook.xml.rels")
        let strings = try sharedStrings(links)
        let dateStyles = try self.dateStyles(links)
        var result: [Sheet] = []
        var read: Set<String> = []
        for entry in workbook.child("sheets")?.children("sheet") ?? [] {
            guard let name = entry["name"], let id = entry["id"], let target = links[id] else { continue }
            // Two sheets on one part would read it twice (and a workbook could name it a thousand times).
            guard read.insert(Self.partName(target)).inserted else { throw .damaged }
            let rows = try cells(
                of: try element(Self.partName(target)), strings: strings, dateStyles: dateStyles, date1904: date1904)
            result.append(Sheet(name: name, rows: rows))
        }
        return result
    }

    private func element(_ part: String) throws(WorkbookError) -> XMLElement {
        guard let bytes = try zip.contents(part) else { throw .missingPart(part) }
        guard let root = XMLParser.parse(bytes) else { throw .badXML(part: part) }
        return root
    }

    /// Relationship id → target part, for the workbook's relationships.
    private func relationships(_ part: String) throws(WorkbookError) -> [String: String] {
        var links: [String: String] = [:]
        for link in try element(part).children("Relationship") {
            if let id = link["Id"], let target = link["Target"] { links[id] = target }
        }
        return links
    }

    /// A target relative to `xl/` (or absolute from the package root) as a part name.
    private static func partName(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    private func part(ofType suffix: String, _ links: [String: String]) -> String? {
        let candidates = links.values.filter { $0.lowercased().hasSuffix(suffix) }
        return candidates.sorted().first.map(Self.partName)
    }

    private func sharedStrings(_ links: [String: String]) throws(WorkbookError) -> [String] {
        guard
            let part = part(ofType: "sharedstrings.xml", links)
                ?? (zip.entries["xl/sharedStrings.xml"] != nil ? "xl/sharedStrings.xml" : nil)
        else { return [] }
        return try element(part).children("si").map { ExcelEscapes.decoded($0.runText) }
    }

    /// The indices of the cell formats that show a number as a date.
    private func dateStyles(_ links: [String: String]) throws(WorkbookError) -> Set<Int> {
        guard let part = part(ofType: "styles.xml", links) else { return [] }
        let styles = try element(part)
        var dateFormats = Set([14, 15, 16, 17, 22] + Array(27...36) + Array(50...58))
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format["numFmtId"].flatMap(Int.init), let code = format["formatCode"], Self.isDate(code) {
                dateFormats.insert(id)
            }
        }
        let formats = styles.child("cellXfs")?.children("xf") ?? []
        return Set(
            formats.indices.filter { formats[$0]["numFmtId"].flatMap(Int.init).map(dateFormats.contains) ?? false })
    }

    /// A format code that shows days or years (quoted text, escapes and `[...]` sections left out).
    static func isDate(_ code: String) -> Bool {
        var inQuote = false
        var inBracket = false
        var escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            case "d", "y": if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }

    private func cells(of worksheet: XMLElement, strings: [String], dateStyles: Set<Int>, date1904: Bool)
        throws(WorkbookError) -> [[Cell]]
    {
        var rows: [[Cell]] = []
        var nextRow = 1
        for row in worksheet.child("sheetData")?.children("row") ?? [] {
            // Numbers past the limit are never computed with: a row numbered Int.max would overflow.
            let number = row["r"].map { Int($0) ?? Int.max } ?? nextRow
            guard number >= 1, number <= Self.maximumRows else { continue }
            nextRow = number + 1
            var values: [Cell] = []
            var nextColumn = 0
            for cell in row.children("c") {
                let column = cell["r"].map { Self.column($0) ?? Int.max } ?? nextColumn
                guard column < Self.maximumColumns else { continue }
                nextColumn = column + 1
                let value = Self.value(cell, strings: strings, dateStyles: dateStyles, date1904: date1904)
                guard value != .empty else { continue }
                if values.count <= column { values += Array(repeating: .empty, count: column + 1 - values.count) }
                values[column] = value
            }
            guard !values.isEmpty else { continue }
            if rows.count < number { rows += Array(repeating: [], count: number - rows.count) }
            rows[number - 1] = values
        }
        return rows
    }

    /// The 0-based column of a reference such as `D7`.
    static func column(_ reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            letters += 1
            guard letters <= 3 else { return nil }
            column = column * 26 + Int(scalar.value - 64)
        }
        return letters > 0 && letters <= 3 ? column - 1 : nil
    }

    private static func value(_ cell: XMLElement, strings: [String], dateStyles: Set<Int>, date1904: Bool) -> Cell {
        let raw = cell.child("v")?.text
        switch cell["t"] ?? "n" {
        case "s":
            guard let index = raw.flatMap(Int.init), strings.indices.contains(index) else { return .empty }
            return .text(strings[index])
        case "inlineStr": return .text(ExcelEscapes.decoded(cell.child("is")?.runText ?? ""))
        case "str": return raw.map { .text(ExcelEscapes.decoded($0)) } ?? .empty
        case "b": return raw.map { .bool($0 == "1" || $0 == "true") } ?? .empty
        case "e": return raw.map { .text($0) } ?? .empty
        case "d":
            guard let raw else { return .empty }
            return .date(String(raw.prefix(10)))
        default:
            guard let raw = raw?.trimmingSpaces, !raw.isEmpty else { return .empty }
            // A day number within the years 1900–9999; anything else (inf, nan, 1e300) stays the number it is.
            if let style = cell["s"].flatMap(Int.init), dateStyles.contains(style), let serial = Double(raw),
                serial.isFinite, serial >= -1, serial < 2_958_466
            {
                return .date(CalendarDays.iso(serial: Int(serial.rounded(.down)), date1904: date1904))
            }
            return .number(raw)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}

/// Excel writes characters XML cannot hold as `_xHHHH_`, and a literal `_x` sequence as `_x005F_x…`.
enum ExcelEscapes {
    /// The text with every literal `_xHHHH_` protected, so that a program reading it back keeps it as written.
    static func protectingLiterals(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            out += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            let isEscape =
                after.count >= 5 && after.prefix(4).allSatisfy(\.isHexDigit) && after.dropFirst(4).first == "_"
            out += isEscape ? "_x005F_x" : "_x"
            rest = after
        }
        return out + rest
    }

    static func decoded(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: "_x") {
            out += rest[..<range.lowerBound]
            let after = rest[range.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let code = UInt32(hex, radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                out.unicodeScalars.append(scalar)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }
}

/// Writes a workbook as an xlsx package (Office Open XML, ECMA-376) that Excel, LibreOffice Calc and Google
/// Sheets open without a repair prompt: shared strings, one style per column kind, frozen header, column
/// widths and data validation.
struct XLSXWriter {
    let sheets: [Sheet]

    func package() -> [UInt8] {
        var strings = SharedStrings()
        let sheetParts = sheets.map { worksheet($0, strings: &strings) }
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(contentTypes.utf8))
        zip.add("_rels/.rels", Array(Self.packageRelationships.utf8))
        zip.add("xl/workbook.xml", Array(workbook.utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8))
        zip.add("xl/styles.xml", Array(Self.styles.utf8))
        zip.add("xl/sharedStrings.xml", Array(strings.part.utf8))
        for (index, part) in sheetParts.enumerated() {
            zip.add("xl/worksheets/sheet\(index + 1).xml", Array(part.utf8))
        }
        return zip.finished()
    }

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    private var contentTypes: String {
        let sheetOverrides = sheets.indices.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return Self.header
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + sheetOverrides + "</Types>"
    }

    private static let packageRelationships =
        header + "<Relationships xmlns=\"\(packageRelationshipsNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private var workbook: String {
        let entries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        return Self.header + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>\(entries)</sheets></workbook>"
    }

    private var workbookRelationships: String {
        let sheetLinks = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(Self.relationships)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        let count = sheets.count
        return Self.header + "<Relationships xmlns=\"\(Self.packageRelationshipsNamespace)\">" + sheetLinks
            + "<Relationship Id=\"rId\(count + 1)\" Type=\"\(Self.relationships)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId\(count + 2)\" Type=\"\(Self.relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>"
    }

    /// Cell formats by index: 0 plain, 1 header (bold, wrapped), 2 date, 3 wrapped text, 4 text, 5 two decimals.
    private static func styleIndex(_ style: Sheet.Style) -> Int {
        switch style {
        case .plain: 0
        case .date: 2
        case .wrapped: 3
        case .text: 4
        case .twoDecimals: 5
        }
    }

    private static let styles =
        header + "<styleSheet xmlns=\"\(main)\">"
        + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
        + "<numFmt numFmtId=\"165\" formatCode=\"0.00\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"6\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"><alignment vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
        + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\">"
        + "<alignment vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
        + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\">"
        + "<alignment vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\">"
        + "<alignment vertical=\"top\"/></xf>"
        + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    private func worksheet(_ sheet: Sheet, strings: inout SharedStrings) -> String {
        var out = Self.header + "<worksheet xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
        let width = max(1, sheet.rows.map(\.count).max() ?? 1, sheet.columns.count)
        out += "<dimension ref=\"A1:\(Sheet.columnName(width - 1))\(max(1, sheet.rows.count))\"/>"
        out += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.freezesHeader && sheet.rows.count > 1 {
            out += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            out += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        out += "</sheetView></sheetViews>"
        if !sheet.columns.isEmpty {
            out += "<cols>"
            for (index, column) in sheet.columns.enumerated() {
                let style = Self.styleIndex(column.style)
                out += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(column.width)\" customWidth=\"1\""
                out += style == 0 ? "/>" : " style=\"\(style)\"/>"
            }
            out += "</cols>"
        }
        out += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            out += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = "\(Sheet.columnName(columnIndex))\(rowIndex + 1)"
                let style =
                    rowIndex == 0 && sheet.freezesHeader
                    ? 1 : Self.styleIndex(columnIndex < sheet.columns.count ? sheet.columns[columnIndex].style : .plain)
                let styleAttribute = style == 0 ? "" : " s=\"\(style)\""
                switch cell {
                case .empty: continue
                case .text(let text):
                    out += "<c r=\"\(reference)\"\(styleAttribute) t=\"s\"><v>\(strings.index(text))</v></c>"
                case .number(let literal):
                    // A number in a date column stays a number: the date format would turn it into a day.
                    let numberStyle = style == Self.styleIndex(.date) ? "" : styleAttribute
                    out += "<c r=\"\(reference)\"\(numberStyle)><v>\(literal)</v></c>"
                case .date(let iso):
                    if let serial = CalendarDays.serial(iso: iso) {
                        out += "<c r=\"\(reference)\" s=\"2\"><v>\(serial)</v></c>"
                    } else {
                        out += "<c r=\"\(reference)\"\(styleAttribute) t=\"s\"><v>\(strings.index(iso))</v></c>"
                    }
                case .bool(let flag): out += "<c r=\"\(reference)\" t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
                }
            }
            out += "</row>"
        }
        out += "</sheetData>"
        out += validations(sheet)
        out += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        return out + "</worksheet>"
    }

    /// Rules for the columns that have one, from row 2 to a thousand rows below the data (rows users add).
    private func validations(_ sheet: Sheet) -> String {
        let rules = sheet.columns.enumerated().compactMap { index, column in
            column.validation.map { (index, $0, column.validationMessage) }
        }
        guard !rules.isEmpty else { return "" }
        let last = sheet.rows.count + 1000
        var out = "<dataValidations count=\"\(rules.count)\">"
        for (index, rule, message) in rules {
            let letter = Sheet.columnName(index)
            let range = "\(letter)2:\(letter)\(last)"
            // Excel limits an error message to 255 characters.
            let error =
                message.map { " errorTitle=\"spbe\" error=\"\(XMLText.escaped(String($0.prefix(255))))\"" } ?? ""
            let common = "allowBlank=\"1\" showErrorMessage=\"1\"\(error) sqref=\"\(range)\""
            switch rule {
            case .whole(let min, let max):
                out += "<dataValidation type=\"whole\" \(common)><formula1>\(min)</formula1>"
                out += "<formula2>\(max)</formula2></dataValidation>"
            case .decimal(let min, let max, let places):
                let cell = "\(letter)2"
                let formula =
                    "AND(ISNUMBER(\(cell)),\(cell)&gt;=\(min),\(cell)&lt;=\(max),ROUND(\(cell),\(places))=\(cell))"
                out += "<dataValidation type=\"custom\" \(common)><formula1>\(formula)</formula1></dataValidation>"
            case .list(let values):
                let joined = XMLText.escaped(values.joined(separator: ","))
                out += "<dataValidation type=\"list\" \(common)><formula1>\"\(joined)\"</formula1></dataValidation>"
            }
        }
        return out + "</dataValidations>"
    }
}

/// The workbook's table of distinct strings, in order of first use.
private struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var ordered: [String] = []
    private var uses = 0

    mutating func index(_ text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        indices[text] = ordered.count
        ordered.append(text)
        return ordered.count - 1
    }

    var part: String {
        var out =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(uses)\" uniqueCount=\"\(ordered.count)\">"
        for text in ordered {
            let space = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
            out += space ? "<si><t xml:space=\"preserve\">" : "<si><t>"
            out += XMLText.escaped(text) + "</t></si>"
        }
        return out + "</sst>"
    }
}

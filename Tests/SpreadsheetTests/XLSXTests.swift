import Testing

@testable import Spreadsheet

/// Workbooks spbe writes read back cell for cell, and parts as other programs write them are read.
struct XLSXTests {
    @Test func typedCellsRoundTrip() throws {
        let rows: [[Cell]] = [
            [.text("Indikator [id]"), .text("Nilai [level]")],
            [.text("P01"), .number("3.25"), .date("2026-02-06"), .bool(true)],
            [],
            [.text("  spasi & <tag> \"kutip\"\nbaris\tdua _x0041_ \u{1}"), .empty, .number("-2")],
        ]
        let sheet = Sheet(
            name: "bappeda", rows: rows,
            columns: [
                .init(width: 10, style: .text), .init(width: 12, validation: .decimal(min: "1", max: "5", places: 2)),
                .init(width: 12, style: .date, validation: .list(["a", "b"])),
            ])
        let bytes = Workbook(sheets: [sheet, Sheet(name: "Data dukung", rows: [[.text("x")]])]).xlsx()
        let read = try Workbook.read(bytes, fileName: "book.xlsx")
        #expect(read.sheets.map(\.name) == ["bappeda", "Data dukung"])
        #expect(read.sheets[0].rows == rows)
    }

    /// Shared strings with rich text, inline strings, formulas with cached values, booleans, errors, a 1904 date
    /// system and a custom date format: the parts as Excel and LibreOffice write them, prefixes and all.
    @Test func partsAsOtherProgramsWriteThem() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var zip = ZipWriter()
        zip.add(
            "xl/workbook.xml",
            Array(
                "<x:workbook xmlns:x=\"\(main)\" xmlns:r=\"\(rel)\"><x:workbookPr date1904=\"1\"/><x:sheets><x:sheet name=\"S\" sheetId=\"1\" r:id=\"rId7\"/></x:sheets></x:workbook>"
                    .utf8))
        zip.add(
            "xl/_rels/workbook.xml.rels",
            Array(
                "<Relationships><Relationship Id=\"rId7\" Target=\"/xl/worksheets/data.xml\"/><Relationship Id=\"rId2\" Target=\"strings.xml\" Type=\"x/sharedStrings\"/><Relationship Id=\"rId3\" Target=\"styles.xml\"/></Relationships>"
                    .utf8))
        zip.add(
            "xl/sharedStrings.xml",
            Array("<sst><si><t>plain</t></si><si><r><t>rich </t></r><r><t>text</t></r></si></sst>".utf8))
        zip.add(
            "xl/styles.xml",
            Array(
                "<styleSheet><numFmts><numFmt numFmtId=\"170\" formatCode=\"dd/mm/yyyy;@\"/><numFmt numFmtId=\"171\" formatCode=\"&quot;d&quot;0.00\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"170\"/><xf numFmtId=\"171\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
                    .utf8))
        zip.add(
            "xl/worksheets/data.xml",
            Array(
                """
                <worksheet><sheetData>
                <row r="2" hidden="1"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c></row>
                <row r="5"><c r="A5" t="inlineStr"><is><t>inline</t></is></c><c r="B5"><f>1+1</f><v>2.75</v></c>
                <c r="C5" t="str"><f>A5</f><v>formula text</v></c><c r="D5" t="b"><v>0</v></c><c r="E5" t="e"><v>#N/A</v></c>
                <c r="F5" s="1"><v>44000</v></c><c r="G5" s="2"><v>3.5</v></c><c r="H5" s="3"><v>0.5</v></c></row>
                </sheetData></worksheet>
                """.utf8))
        let sheet = try #require(try Workbook.read(zip.finished(), fileName: "x.xlsx").sheets.first)
        #expect(sheet.rows.count == 5)
        #expect(sheet.rows[1] == [.text("plain"), .empty, .text("rich text")])
        #expect(
            sheet.rows[4] == [
                .text("inline"), .number("2.75"), .text("formula text"), .bool(false), .text("#N/A"),
                .date("2024-06-19"), .number("3.5"), .date("1904-01-01"),
            ])
        #expect(sheet.reference(row: 4, column: 5) == "S!F5")
    }

    @Test func datesInBothSystems() {
        #expect(CalendarDays.serial(iso: "2026-02-06") == 46059)
        #expect(CalendarDays.iso(serial: 46059, date1904: false) == "2026-02-06")
        #expect(CalendarDays.iso(serial: 46059 - 1462, date1904: true) == "2026-02-06")
        #expect(CalendarDays.serial(iso: "2026-02-30") == nil)
    }

    @Test func sheetReferences() {
        #expect(Sheet.columnName(0) == "A" && Sheet.columnName(25) == "Z" && Sheet.columnName(26) == "AA")
        #expect(Sheet(name: "Data dukung", rows: []).reference(row: 6, column: 3) == "'Data dukung'!D7")
        #expect(XLSXReader.column("AB12") == 27)
    }

    @Test func notAWorkbook() {
        #expect(throws: WorkbookError.notAWorkbook) { try Workbook.read(Array("hello".utf8), fileName: "a.xlsx") }
        var zip = ZipWriter()
        zip.add("other.txt", [1])
        #expect(throws: WorkbookError.missingPart("xl/workbook.xml")) {
            try Workbook.read(zip.finished(), fileName: "a.xlsx")
        }
    }
}

/// Inputs from an attacker's round: each once crashed or cost minutes.
struct HostileWorkbookTests {
    static func workbook(sheetXML: String, styles: String? = nil, sheets: Int = 1) -> [UInt8] {
        var zip = ZipWriter()
        let entries = (1...sheets).map { "<sheet name=\"s\($0)\" sheetId=\"\($0)\" r:id=\"rId1\"/>" }.joined()
        zip.add(
            "xl/workbook.xml",
            Array("<workbook xmlns:r=\"r\"><sheets>\(entries)</sheets></workbook>".utf8))
        var links = "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
        if styles != nil { links += "<Relationship Id=\"rId2\" Target=\"styles.xml\"/>" }
        zip.add("xl/_rels/workbook.xml.rels", Array("<Relationships>\(links)</Relationships>".utf8))
        if let styles { zip.add("xl/styles.xml", Array(styles.utf8)) }
        zip.add("xl/worksheets/sheet1.xml", Array("<worksheet><sheetData>\(sheetXML)</sheetData></worksheet>".utf8))
        return zip.finished()
    }

    @Test func hugeRowNumbersAndColumnLettersAreSkipped() throws {
        let bytes = Self.workbook(
            sheetXML: """
                <row r="9223372036854775807"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>
                <row r="99999999999999999999999"><c t="inlineStr"><is><t>x</t></is></c></row>
                <row r="3"><c r="AAAAAAAAAAAAAAAAAAAA3" t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>y</t></is></c></row>
                """)
        let sheet = try #require(try Workbook.read(bytes, fileName: "a.xlsx").sheets.first)
        #expect(sheet.rows.count <= 3)
    }

    @Test func impossibleDatesStayNumbers() throws {
        let values = ["inf", "nan", "-nan", "infinity", "1e300", "-1e300", "9.3e18"]
        let cells = values.enumerated().map {
            "<c r=\"\(Sheet.columnName($0.offset))1\" s=\"0\"><v>\($0.element)</v></c>"
        }
        let bytes = Self.workbook(
            sheetXML: "<row r=\"1\">\(cells.joined())</row>",
            styles: "<styleSheet><cellXfs><xf numFmtId=\"14\"/></cellXfs></styleSheet>")
        let sheet = try #require(try Workbook.read(bytes, fileName: "a.xlsx").sheets.first)
        #expect(sheet.rows[0] == values.map(Cell.number))
    }

    @Test func onePartNamedByTwoSheetsOrTwoEntriesIsDamage() {
        #expect(throws: WorkbookError.damaged) {
            try Workbook.read(Self.workbook(sheetXML: "", sheets: 2), fileName: "a.xlsx")
        }
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", Array("<workbook/>".utf8))
        zip.add("xl/workbook.xml", Array("<workbook/>".utf8))
        #expect(throws: WorkbookError.damaged) { try Workbook.read(zip.finished(), fileName: "a.xlsx") }
    }

    @Test func tooManyElementsOrCSVRowsAreRefused() {
        let cells = String(repeating: "<c/>", count: 1_000_001)
        #expect(XMLParser.parse(Array("<row>\(cells)</row>".utf8)) == nil)
        #expect(XMLParser.parse(Array("<row>\(cells.dropLast(8))</row>".utf8)) != nil)
        #expect(throws: WorkbookError.tooLarge) {
            try Workbook.read(Array(String(repeating: "x\n", count: 100_002).utf8), fileName: "a.csv")
        }
        #expect(throws: WorkbookError.tooLarge) {
            try Workbook.read([UInt8](repeating: 0x61, count: (8 << 20) + 1), fileName: "a.csv")
        }
    }
}

/// A spreadsheet: sheets of cells, read from or written as xlsx or csv.
public struct Workbook: Sendable {
    public var sheets: [Sheet]
    /// How the csv it was read from wrote numbers; nil for an xlsx workbook.
    public var csvConvention: CSV.Convention?

    public init(sheets: [Sheet], csvConvention: CSV.Convention? = nil) {
        self.sheets = sheets
        self.csvConvention = csvConvention
    }

    public func xlsx() -> [UInt8] { XLSXWriter(sheets: sheets).package() }

    /// An xlsx package (it starts as every zip does) or else csv text, named `name` as its one sheet.
    public static func read(_ bytes: [UInt8], csvSheetName name: String) throws(WorkbookError) -> Workbook {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return Workbook(sheets: try XLSXReader(bytes).sheets())
        }
        // Other binary formats (xls, ods in a zip is caught above, pdf) are not csv.
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) || bytes.starts(with: Array("%PDF".utf8)) {
            throw .notAWorkbook
        }
        let (rows, convention) = try CSV.read(bytes)
        return Workbook(sheets: [Sheet(name: name, rows: rows)], csvConvention: convention)
    }
}

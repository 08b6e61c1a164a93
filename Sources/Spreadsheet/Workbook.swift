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

    /// A file named `*.csv` or `*.txt` as csv text (its one sheet named after the file), any other as an xlsx
    /// package, which starts as every zip does.
    public static func read(_ bytes: [UInt8], fileName: String) throws(WorkbookError) -> Workbook {
        let lowered = fileName.lowercased()
        guard lowered.hasSuffix(".csv") || lowered.hasSuffix(".txt") else {
            guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
                throw .notAWorkbook
            }
            return Workbook(sheets: try XLSXReader(bytes).sheets())
        }
        let (rows, convention) = try CSV.read(bytes)
        let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let name = base.split(separator: ".").dropLast().joined(separator: ".")
        return Workbook(sheets: [Sheet(name: name, rows: rows)], csvConvention: convention)
    }
}

import SPBECore
import Spreadsheet

/// A sheet read by field: its header row mapped to JSON field names, its data rows with their cell references.
struct ImportedSheet {
    struct Record {
        let sheet: Sheet
        let row: Int
        let columns: [String: Int]

        subscript(key: String) -> Cell { columns[key].map { sheet[row, $0] } ?? .empty }

        func reference(_ key: String) -> String {
            sheet.reference(row: row, column: columns[key] ?? 0)
        }

        var rowReference: String { sheet.reference(row: row, column: 0) }
    }

    let sheet: Sheet
    let columns: [String: Int]
    let records: [Record]
    /// Header cells that name no field of this sheet: ignored, and said so.
    let ignoredColumns: [String]
    let problems: [ImportProblem]

    init(_ sheet: Sheet, fields: [SheetLayout.Field]) {
        self.sheet = sheet
        let headerRow = sheet.rows.firstIndex { row in row.contains { !$0.isEmpty } } ?? 0
        var columns: [String: Int] = [:]
        var ignored: [String] = []
        var problems: [ImportProblem] = []
        let known = Set(fields.map(\.key))
        for (index, cell) in (headerRow < sheet.rows.count ? sheet.rows[headerRow] : []).enumerated() {
            guard !cell.isEmpty else { continue }
            guard let key = SheetLayout.key(ofHeader: cell, among: fields), known.contains(key) else {
                ignored.append(sheet.reference(row: headerRow, column: index))
                continue
            }
            if columns[key] != nil {
                problems.append(
                    ImportProblem(sheet.reference(row: headerRow, column: index), Messages.importDuplicateColumn(key)))
            }
            columns[key] = columns[key] ?? index
        }
        self.columns = columns
        ignoredColumns = ignored
        self.problems = problems
        let range = sheet.rows.indices.dropFirst(headerRow + 1)
        records = range.filter { row in sheet.rows[row].contains { !$0.isEmpty } }.map {
            Record(sheet: sheet, row: $0, columns: columns)
        }
    }
}

/// What stops an import, at the cell that says it.
struct ImportProblem {
    let reference: String
    let message: Localized

    init(_ reference: String, _ message: Localized) {
        self.reference = reference
        self.message = message
    }
}

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

        /// The header of a field's column as the sheet has it (`Judul [title]`), else the field's name.
        func header(_ key: String) -> String {
            guard let column = columns[key], let text = CellValues.text(sheet[headerRow, column]) else { return key }
            return text
        }

        let headerRow: Int
    }

    let sheet: Sheet
    let columns: [String: Int]
    let records: [Record]
    /// Header cells that name no field of this sheet: ignored, and said so.
    let ignoredColumns: [String]
    let problems: [ImportProblem]

    /// `cellsPastHeaderAreErrors`: in csv a cell right of the last header is a field split in two (a decimal comma
    /// in a comma-separated file, an unquoted separator), never a note.
    init(_ sheet: Sheet, fields: [SheetLayout.Field], cellsPastHeaderAreErrors: Bool = false) {
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
        let range = sheet.rows.indices.dropFirst(headerRow + 1)
        let records = range.filter { row in sheet.rows[row].contains { !$0.isEmpty } }.map {
            Record(sheet: sheet, row: $0, columns: columns, headerRow: headerRow)
        }
        self.records = records
        for record in records {
            for (column, cell) in sheet.rows[record.row].enumerated() {
                if case .text(let text) = cell, text.count > 32_767 {
                    problems.append(
                        ImportProblem(
                            sheet.reference(row: record.row, column: column), Messages.importTextTooLong(text.count)))
                }
            }
        }
        let headerWidth = headerRow < sheet.rows.count ? sheet.rows[headerRow].count : 0
        if cellsPastHeaderAreErrors && !columns.isEmpty {
            for record in records where sheet.rows[record.row].dropFirst(headerWidth).contains(where: { !$0.isEmpty }) {
                problems.append(ImportProblem(record.rowReference, Messages.importCellsPastHeader))
            }
        }
        self.problems = problems
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

// libFuzzer target: any bytes, read as an xlsx package and as csv, give sheets or a WorkbookError, never a crash,
// and never more memory than the reader's limits allow.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for name in ["fuzz.xlsx", "fuzz.csv"] {
        if let workbook = try? Workbook.read(bytes, fileName: name) {
            for sheet in workbook.sheets {
                for row in sheet.rows.indices { _ = sheet.reference(row: row, column: sheet.rows[row].count) }
            }
            _ = workbook.xlsx()
        }
    }
    return 0
}

import Foundation
import Spreadsheet
import TestSupport
import Testing

@testable import SPBECLI

/// The workbook in the user's language.
struct SpreadsheetLanguageTests {
    /// An Indonesian workbook names kinds, statuses, stages and verdicts in Indonesian, and its drop-down lists
    /// offer those words; import reads them back to the same values (the round trips change no byte).
    @Test func anIndonesianWorkbookSpeaksIndonesian() throws {
        let (folder, fixture) = try SpreadsheetCommandTests.example()
        defer { withExtendedLifetime(fixture) {} }
        let book = try SpreadsheetCommandTests.workbook(try SpreadsheetCommandTests.exported(folder, ["--lang", "id"]))
        let cells = book.sheets.flatMap { $0.rows.flatMap { $0 } }
        for word in ["dokumen", "keputusan", "terbuka"] {
            #expect(cells.contains(.text(word)), "\(word)")
        }
        for english in ["document", "decree", "open", "interview"] {
            #expect(!cells.contains(.text(english)), "\(english)")
        }
        #expect(cells.contains { if case .text(let text) = $0 { text.contains("=diterima") } else { false } })
    }
}

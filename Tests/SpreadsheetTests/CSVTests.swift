import Foundation
import Testing

@testable import Spreadsheet

struct CSVTests {
    @Test func writesWithABOMAndReadsBack() throws {
        let rows: [[Cell]] = [
            [.text("Indikator [id]"), .text("Nilai [level]"), .text("Penjelasan [explanation]")],
            [.text("P06"), .number("2.75"), .text("Fakta; \"kutipan\", dan\nbaris kedua")],
        ]
        for convention in CSV.Convention.allCases {
            let bytes = CSV.write(rows, convention: convention)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            let (read, detected) = try CSV.read(bytes)
            #expect(detected == convention)
            let number = convention == .semicolon ? "2,75" : "2.75"
            #expect(read[1] == [.text("P06"), .text(number), .text("Fakta; \"kutipan\", dan\nbaris kedua")])
        }
    }

    @Test func excelInAnIndonesianLocale() throws {
        // Windows-1252, semicolons, decimal commas, CRLF.
        var bytes = Array("Indikator;Nilai;Catatan\r\nP06;2,75;Caf".utf8)
        bytes.append(0xE9)
        bytes += Array("\r\n".utf8)
        let (rows, convention) = try CSV.read(bytes)
        #expect(convention == .semicolon)
        #expect(
            rows == [
                [.text("Indikator"), .text("Nilai"), .text("Catatan")], [.text("P06"), .text("2,75"), .text("Café")],
            ])
    }

    @Test func emptyRowsAndFields() throws {
        let (rows, _) = try CSV.read(Array("a,,\"\"\n\n,\nb".utf8))
        #expect(rows == [[.text("a"), .empty, .text("")], [], [], [.text("b")]])
    }

    @Test func binaryIsNotCSV() {
        #expect(throws: WorkbookError.notAWorkbook) { try CSV.read([0x41, 0, 0x42]) }
    }
}

import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// The real spreadsheet programs users have: LibreOffice Calc (headless) and openpyxl read what spbe writes and
/// write what spbe reads. Skipped with a notice where they are not installed; `.ci/run` installs them and sets
/// `SPBE_REQUIRE_SPREADSHEET_PROGRAMS=1`, which turns their absence into a failure.
enum SpreadsheetPrograms {
    static let required = ProcessInfo.processInfo.environment["SPBE_REQUIRE_SPREADSHEET_PROGRAMS"] == "1"

    static let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Debian's Python with LibreOffice's UNO bridge (python3-uno).
    static let unoPython = soffice == nil ? nil : python(importing: "uno", candidates: ["/usr/bin/python3"])

    /// The first Python on the PATH (or Debian's) with openpyxl.
    static let openpyxlPython: String? = {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        return python(importing: "openpyxl", candidates: path + ["/usr/bin/python3"])
    }()

    static func python(importing module: String, candidates: [String]) -> String? {
        candidates.first { candidate in
            FileManager.default.isExecutableFile(atPath: candidate)
                && (try? run(candidate, ["-c", "import \(module)"]).status) == 0
        }
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in directory: String? = nil) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static let scripts = Paths.fixtures.appendingPathComponent("spreadsheets").path
}

struct SpreadsheetProgramPresenceTests {
    @Test func theProgramsArePresentWhereRequired() {
        let missing = [
            ("LibreOffice Calc (libreoffice-calc-nogui)", SpreadsheetPrograms.soffice),
            ("LibreOffice's Python bridge (python3-uno)", SpreadsheetPrograms.unoPython),
            ("openpyxl (pip install openpyxl)", SpreadsheetPrograms.openpyxlPython),
        ].filter { $0.1 == nil }.map(\.0)
        guard !missing.isEmpty else { return }
        let notice = "◇ not installed, their spreadsheet tests are skipped: " + missing.joined(separator: ", ")
        if SpreadsheetPrograms.required {
            Issue.record("SPBE_REQUIRE_SPREADSHEET_PROGRAMS=1 but \(notice)")
        } else {
            print(notice)
        }
    }
}

@Suite(.serialized, .enabled(if: SpreadsheetPrograms.soffice != nil, "LibreOffice Calc is not installed"))
struct LibreOfficeTests {
    /// Runs `soffice --convert-to` with a profile in a temporary folder (the machine's own is never touched).
    static func convert(_ file: String, to filter: String, into folder: String) throws {
        let profile = try GitFixture.temporaryFolder()
        let result = try SpreadsheetPrograms.run(
            SpreadsheetPrograms.soffice!,
            [
                "--headless", "--norestore", "-env:UserInstallation=file://\(profile)", "--convert-to", filter,
                "--outdir", folder, file,
            ])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func itsCSVAndItsResavedWorkbookImportUnchanged() throws {
        let (folder, fixture) = try SpreadsheetCommandTests.example()
        let book = try SpreadsheetCommandTests.exported(folder)
        let out = try GitFixture.temporaryFolder()
        // Every sheet to its own csv (the 12th token, -1), as Calc's "Text CSV" filter writes: UTF-8, comma.
        try Self.convert(
            book, to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", into: out)
        try Self.convert(book, to: "xlsx:Calc MS Excel 2007 XML", into: out + "/resaved")
        for file in ["book-bappeda.csv", "book-diskominfo.csv", "resaved/book.xlsx"] {
            let result = CLI.run(["import", out + "/" + file], in: folder)
            #expect(result.status == .success && result.stdout.contains("changes nothing"), "\(file): \(result.stderr)")
        }
        #expect(try fixture.git(["status", "--porcelain"]).isEmpty)
    }

    @Test func aWorkbookItMakesFromCSVImports() throws {
        let (folder, fixture) = try SpreadsheetCommandTests.example()
        let work = try GitFixture.temporaryFolder()
        let csv = "Indikator [id];Nilai mandiri [level]\nP06;2,5\n"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: work + "/bappeda.csv"))
        // Calc would take a comma for the separator; the input filter names the semicolon (59).
        let profile = try GitFixture.temporaryFolder()
        let result = try SpreadsheetPrograms.run(
            SpreadsheetPrograms.soffice!,
            [
                "--headless", "--norestore", "-env:UserInstallation=file://\(profile)",
                "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", work + "/out",
                work + "/bappeda.csv",
            ])
        #expect(result.status == 0, "\(result.output)")
        let imported = CLI.run(["import", work + "/out/bappeda.xlsx"], in: folder)
        #expect(imported.stdout.contains("bappeda: P06 2.26 → 2.5"), "\(imported.stdout)\(imported.stderr)")
        #expect(try fixture.git(["diff", "--numstat"]) == "1\t1\t\(SpreadsheetCommandTests.bappeda)\n")
    }

    @Test(.enabled(if: SpreadsheetPrograms.unoPython != nil, "LibreOffice's Python bridge (python3-uno) is missing"))
    func twoCellsEditedInCalcChangeExactlyTwoFields() throws {
        let (folder, fixture) = try SpreadsheetCommandTests.example()
        let book = try SpreadsheetCommandTests.exported(folder)
        let sheet = try #require(try SpreadsheetCommandTests.workbook(book).sheets.first { $0.name == "bappeda" })
        let row = SpreadsheetCommandTests.row(sheet, "P06") + 1
        let edited = try GitFixture.temporaryFolder() + "/edited.xlsx"
        let result = try SpreadsheetPrograms.run(
            SpreadsheetPrograms.unoPython!,
            [
                SpreadsheetPrograms.scripts + "/libreoffice_edit.py", book, edited, try GitFixture.temporaryFolder(),
                "bappeda", "D\(row)=2.75", "E\(row)=Fakta: diubah di Calc. Analisis: tingkat 2.",
            ])
        #expect(result.status == 0, "\(result.output)")
        let imported = CLI.run(["import", edited], in: folder)
        #expect(imported.stdout.contains("bappeda: P06 2.26 → 2.75; explanation changed"), "\(imported.stderr)")
        #expect(try fixture.git(["diff", "--numstat"]) == "2\t2\t\(SpreadsheetCommandTests.bappeda)\n")
    }
}

@Suite(.enabled(if: SpreadsheetPrograms.openpyxlPython != nil, "openpyxl is not installed"))
struct OpenpyxlTests {
    @Test func itReadsSheetsTypesValidationAndFrozenPanes() throws {
        let (folder, fixture) = try SpreadsheetCommandTests.example()
        defer { withExtendedLifetime(fixture) {} }
        let book = try SpreadsheetCommandTests.exported(folder)
        let result = try SpreadsheetPrograms.run(
            SpreadsheetPrograms.openpyxlPython!, [SpreadsheetPrograms.scripts + "/openpyxl_check.py", book, "bappeda"])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func aWorkbookItWritesImports() throws {
        let (folder, fixture) = try SpreadsheetCommandTests.example()
        let out = try GitFixture.temporaryFolder() + "/openpyxl.xlsx"
        let result = try SpreadsheetPrograms.run(
            SpreadsheetPrograms.openpyxlPython!,
            [SpreadsheetPrograms.scripts + "/openpyxl_write.py", out, "bappeda", "P06", "2.5", "Fakta: dari openpyxl."])
        #expect(result.status == 0, "\(result.output)")
        let imported = CLI.run(["import", out, "--lang", "id"], in: folder)
        #expect(imported.stdout.contains("bappeda: P06 2.26 → 2.5; penjelasan berubah"), "\(imported.stderr)")
        #expect(imported.stderr.contains("lembar 'Lembar lain' bukan lembar yang dibaca spbe; diabaikan"))
        #expect(imported.stderr.contains("bappeda!D1: judul kolom ini tidak dikenal spbe"))
        #expect(try fixture.git(["diff", "--numstat"]) == "2\t2\t\(SpreadsheetCommandTests.bappeda)\n")
    }
}

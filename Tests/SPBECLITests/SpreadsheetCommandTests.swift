import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI
@testable import Spreadsheet

/// `spbe export` and `spbe import` on the example city: unedited round trips change no byte, edits change exactly
/// what was edited, and anything wrong refuses the whole import.
struct SpreadsheetCommandTests {
    static let bappeda = "assessments/kota-contoh/bappeda.json"

    static func example() throws -> (String, GitFixture) {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        return (folder, GitFixture(existing: folder))
    }

    static func exported(_ folder: String, _ arguments: [String] = [], name: String = "book.xlsx") throws -> String {
        let out = try GitFixture.temporaryFolder() + "/" + name
        let result = CLI.run(["export", "--out", out] + arguments, in: folder)
        #expect(result.status == .success, "\(result.stderr)")
        return out
    }

    static func workbook(_ path: String) throws -> Workbook {
        try Workbook.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), fileName: path)
    }

    static func save(_ workbook: Workbook, _ path: String) throws {
        try Data(workbook.xlsx()).write(to: URL(fileURLWithPath: path))
    }

    /// The 0-based row of an indicator on a sheet.
    static func row(_ sheet: Sheet, _ indicator: String) -> Int {
        sheet.rows.firstIndex { $0.first == .text(indicator) } ?? -1
    }

    @Test(arguments: [
        ["--lang", "en"], ["--lang", "id"], ["--agency", "bappeda"], ["--format", "csv"],
        ["--format", "csv", "--separator", "semicolon", "--lang", "id"],
    ])
    func anUneditedRoundTripChangesNoByte(_ arguments: [String]) throws {
        let (folder, fixture) = try Self.example()
        let book = try Self.exported(folder, arguments, name: arguments.contains("csv") ? "book.csv" : "book.xlsx")
        let result = CLI.run(["import", book], in: folder)
        #expect(result.status == .success && result.stdout.contains("changes nothing"), "\(result.stderr)")
        #expect(try fixture.git(["status", "--porcelain"]).isEmpty)
    }

    @Test func theWorkbookHasTheSheetsAndFacts() throws {
        let (folder, fixture) = try Self.example()
        defer { withExtendedLifetime(fixture) {} }
        let book = try Self.workbook(try Self.exported(folder, ["--lang", "id"]))
        let names = book.sheets.map(\.name)
        #expect(names.first == "Petunjuk" && names.contains("bappeda") && names.contains("Data dukung"))
        #expect(names.suffix(3) == ["Tindak lanjut", "Asesor", "Rekomendasi"])
        let instructions = book.sheets[0]
        #expect(instructions.rows.contains { $0.first == .text("Instansi [scope]") && $0[1] == .text("kota-contoh") })
        #expect(
            instructions.rows.contains { $0.first == .text("Kerangka [framework]") && $0[1] == .text("pemdi-2026") })
        let bappeda = try #require(book.sheets.first { $0.name == "bappeda" })
        #expect(bappeda.rows[0][3] == .text("Nilai mandiri [level]"))
        #expect(bappeda[Self.row(bappeda, "P06"), 3] == .number("2.26"))
    }

    @Test func twoEditedCellsChangeExactlyTwoFields() throws {
        let (folder, fixture) = try Self.example()
        let path = try Self.exported(folder)
        var book = try Self.workbook(path)
        let index = try #require(book.sheets.firstIndex { $0.name == "bappeda" })
        let row = Self.row(book.sheets[index], "P06")
        book.sheets[index][row, 3] = .number("2.75")
        book.sheets[index][row, 4] = .text("Fakta: peta baru. Analisis: tingkat 2 terpenuhi.")
        try Self.save(book, path)
        let result = CLI.run(["import", path], in: folder)
        #expect(result.status == .success, "\(result.stderr)")
        #expect(result.stdout.contains("bappeda: P06 2.26 → 2.75; explanation changed"))
        #expect(try fixture.git(["diff", "--numstat"]) == "2\t2\t\(Self.bappeda)\n")
        let diff = try fixture.git(["diff", "-U0"])
        #expect(diff.contains("+      \"level\": 2.75,") && diff.contains("Fakta: peta baru."))
        #expect(CLI.run(["lint", "--worktree"], in: folder).status == .success)
    }

    @Test func evidenceRowsAddedGetTheirHash() throws {
        let (folder, fixture) = try Self.example()
        try Data("peta\n".utf8).write(to: URL(fileURLWithPath: folder + "/evidence/bappeda/peta.txt"))
        _ = try fixture.git(["add", "evidence/bappeda/peta.txt"])
        let path = try Self.exported(folder)
        var book = try Self.workbook(path)
        let index = try #require(book.sheets.firstIndex { $0.name == "Evidence" })
        book.sheets[index].rows.append([
            .text("P06"), .text("Peta tematik"), .text("report"), .text("evidence/bappeda/peta.txt"), .empty,
            .date("2026-03-01"),
        ])
        try Self.save(book, path)
        let result = CLI.run(["import", path], in: folder)
        #expect(result.stdout.contains("bappeda: P06 1 evidence item(s) added"), "\(result.stderr)")
        let file = try String(contentsOfFile: folder + "/" + Self.bappeda, encoding: .utf8)
        #expect(file.contains(SHA256.hex(Array("peta\n".utf8))) && file.contains("\"date\": \"2026-03-01\""))
    }

    @Test func anythingWrongRefusesTheWholeImport() throws {
        let (folder, fixture) = try Self.example()
        let path = try Self.exported(folder)
        var book = try Self.workbook(path)
        let index = try #require(book.sheets.firstIndex { $0.name == "bappeda" })
        let (p06, p05) = (Self.row(book.sheets[index], "P06"), Self.row(book.sheets[index], "P05"))
        book.sheets[index][p06, 3] = .number("7")
        book.sheets[index][p05, 4] = .text("diubah, tetapi tidak ditulis")
        book.sheets[index].rows += [
            [.text("P6"), .empty, .empty, .number("3"), .text("x")],
            [.text("P01"), .empty, .empty, .number("3"), .text("x")],
            [.text("P05"), .empty, .empty, .number("3"), .text("x")],
        ]
        let evidence = try #require(book.sheets.firstIndex { $0.name == "Evidence" })
        book.sheets[evidence].rows.append([.text("P06"), .text("Sandi"), .text("other"), .text("../../etc/passwd")])
        book.sheets[evidence].rows.append([.text("P06"), .text("Tanggal"), .text("memo"), .empty, .text("https://x")])
        try Self.save(book, path)
        let result = CLI.run(["import", path], in: folder)
        #expect(result.status == .findings)
        for expected in [
            "error: bappeda!D3: 7 is not an allowed value (1.00–5.00, at most 2 decimals)",
            "error: bappeda!A\(book.sheets[index].rows.count - 2): 'P6' is not an indicator of pemdi-2026; did you mean 'P06'?",
            "'P01' belongs to agency 'diskominfo', not 'bappeda'",
            "'P05' is given a second time (first at bappeda!A2); keep one row",
            "'../../etc/passwd' is not a path inside the repository",
            "'memo' is not one of regulation, decree, report, minutes, screenshot, url, other",
            "problem(s) in \(path); nothing was written",
        ] {
            #expect(result.stderr.contains(expected), "\(expected)\n\(result.stderr)")
        }
        #expect(try fixture.git(["status", "--porcelain"]).isEmpty)
        let indonesian = CLI.run(["import", path, "--lang", "id"], in: folder)
        #expect(
            indonesian.stderr.contains(
                "galat: bappeda!D3: 7 bukan nilai yang diizinkan (1.00–5.00, paling banyak 2 desimal)"))
    }

    @Test func aWorkbookForAnotherCycleOrScopeIsRefused() throws {
        let (folder, fixture) = try Self.example()
        let path = try Self.exported(folder)
        var book = try Self.workbook(path)
        let cycle = try #require(book.sheets[0].rows.firstIndex { $0.first == .text("Cycle [cycle]") })
        book.sheets[0][cycle, 1] = .text("2025")
        try Self.save(book, path)
        let result = CLI.run(["import", path], in: folder)
        #expect(result.status == .findings)
        #expect(
            result.stderr.contains("Instructions!B\(cycle + 1): the workbook was made for cycle '2025', not '2026'"))
        let scope = try #require(book.sheets[0].rows.firstIndex { $0.first == .text("Instansi [scope]") })
        book.sheets[0][scope, 1] = .text("kota-lain")
        try Self.save(book, path)
        #expect(CLI.run(["import", path], in: folder).stderr.contains("'kota-lain'"))
        #expect(try fixture.git(["status", "--porcelain"]).isEmpty)
    }

    @Test func theAssessorsClerkWritesOnlyAssessorFields() throws {
        let (folder, fixture) = try Self.example()
        let path = try Self.exported(folder)
        var book = try Self.workbook(path)
        let sheet = try #require(book.sheets.firstIndex { $0.name == "Assessors" })
        let row = try #require(
            book.sheets[sheet].rows.firstIndex {
                $0.first == .text("P06") && $0.count > 1 && $0[1] == .text("document")
            })
        book.sheets[sheet].rows[row] = [
            .text("P06"), .text("document"), .number("2.5"), .text("Dokumen kurang"), .text("L3-01=revise"),
        ]
        let bappeda = try #require(book.sheets.firstIndex { $0.name == "bappeda" })
        let p06 = Self.row(book.sheets[bappeda], "P06")
        book.sheets[bappeda][p06, 3] = .number("4")
        try Self.save(book, path)
        let agencyImport = CLI.run(["import", path, "--dry-run"], in: folder)
        #expect(agencyImport.stdout.contains("P06 2.26 → 4") && !agencyImport.stdout.contains("document"))
        #expect(agencyImport.stderr.contains("the assessors' values changed in the workbook were not written"))
        let clerk = CLI.run(["import", path, "--assessor"], in: folder)
        #expect(clerk.stdout.contains("P06 document review – → 2.5; document review notes changed"), "\(clerk.stderr)")
        #expect(clerk.stderr.contains("with --assessor only the assessors' values are written"))
        let diff = try fixture.git(["diff", "-U0"])
        #expect(
            diff.contains("\"document\": 2.5") && diff.contains("\"L3-01\": \"revise\"") && !diff.contains("\"level\""))
    }

    @Test func theIndonesianExcelCSV() throws {
        let (folder, fixture) = try Self.example()
        let csv =
            "Indikator [id];Nilai mandiri [level];Penjelasan [explanation]\r\nP06;2,75;\"Fakta: baru; Analisis: baru\"\r\n"
        let path = try GitFixture.temporaryFolder() + "/isian.csv"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        let result = CLI.run(["import", path, "--lang", "id"], in: folder)
        #expect(result.stdout.contains("bappeda: P06 2.26 → 2.75; penjelasan berubah"), "\(result.stderr)")
        #expect(try fixture.git(["diff", "--numstat"]) == "2\t2\t\(Self.bappeda)\n")
    }

    @Test func dryRunAndNotAWorkbook() throws {
        let (folder, fixture) = try Self.example()
        let temporary = try GitFixture.temporaryFolder()
        try Data("bukan buku kerja".utf8).write(to: URL(fileURLWithPath: temporary + "/a.xlsx"))
        let bad = CLI.run(["import", temporary + "/a.xlsx"], in: folder)
        #expect(bad.status == .failure && bad.stderr.contains("not an xlsx workbook or csv file"))
        try Data(ZipBomb.bytes()).write(to: URL(fileURLWithPath: temporary + "/bom.xlsx"))
        let bomb = CLI.run(["import", temporary + "/bom.xlsx"], in: folder)
        #expect(bomb.status == .failure && bomb.stderr.contains("zip bomb"))
        let missing = CLI.run(["import", temporary + "/none.xlsx"], in: folder)
        #expect(missing.status == .failure)
        let csv = temporary + "/isian.csv"
        try Data("Indikator [id],Nilai mandiri [level]\nP06,2.5\n".utf8).write(to: URL(fileURLWithPath: csv))
        let dry = CLI.run(["import", csv, "--dry-run"], in: folder)
        #expect(dry.status == .success && dry.stdout.contains("P06 2.26 → 2.5") && dry.stdout.contains("--dry-run"))
        #expect(try fixture.git(["status", "--porcelain"]).isEmpty)
        #expect(CLI.run(["export"], in: folder).status == .usage)
        #expect(CLI.run(["export", "--out", "-"], in: folder).status == .usage)
    }

    @Test func aNewAgencyFileFromItsFirstRows() throws {
        let folder = try GitFixture.temporaryFolder() + "/baru"
        #expect(CLI.run(["init", folder, "--coordinator-email", "k@kota-baru.go.id"]).status == .success)
        let path = try Self.exported(folder)
        var book = try Self.workbook(path)
        let index = 1
        let row = Self.row(book.sheets[index], "P01")
        book.sheets[index][row, 3] = .number("2.5")
        book.sheets[index][row, 4] = .text("Fakta: tata kelola ditetapkan. Analisis: sebagian.")
        try Self.save(book, path)
        let result = CLI.run(["import", path], in: folder)
        #expect(result.stdout.contains(": P01 new: 2.5"), "\(result.stdout)\(result.stderr)")
    }
}

extension SpreadsheetCommandTests {
    /// The result is linted before anything is written: a change lint would call an error writes nothing.
    @Test func aChangeLintRefusesWritesNothing() throws {
        let (folder, fixture) = try Self.example()
        let csv = try GitFixture.temporaryFolder() + "/isian.csv"
        // P06's open follow-up aims at 3: a self-assessment of 4 leaves it aiming below the level.
        try Data("Indikator [id],Nilai mandiri [level]\nP06,4\n".utf8).write(to: URL(fileURLWithPath: csv))
        for arguments in [["--dry-run"], []] {
            let result = CLI.run(["import", csv] + arguments, in: folder)
            #expect(result.status == .findings)
            #expect(result.stderr.contains("[follow-up-target-level]") && result.stderr.contains("nothing was written"))
        }
        #expect(try fixture.git(["status", "--porcelain"]).isEmpty)
    }

    /// A workbook exported before someone else's commit: what it leaves as exported keeps the newer value, and a
    /// value both changed is refused at its cell.
    @Test func anOutOfDateWorkbookNeverUndoesNewerCommits() throws {
        let (folder, fixture) = try Self.example()
        let path = try Self.exported(folder)
        let file = folder + "/" + Self.bappeda
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"level\": 3.5,", with: "\"level\": 3.75,").write(
            toFile: file, atomically: true, encoding: .utf8)
        try fixture.commit("P05 3.75")
        var book = try Self.workbook(path)
        let index = try #require(book.sheets.firstIndex { $0.name == "bappeda" })
        let (p05, p06) = (Self.row(book.sheets[index], "P05"), Self.row(book.sheets[index], "P06"))
        book.sheets[index][p06, 3] = .number("2.75")
        try Self.save(book, path)
        let result = CLI.run(["import", path], in: folder)
        #expect(
            result.stdout.contains("bappeda: P06 2.26 → 2.75") && !result.stdout.contains("P05"), "\(result.stderr)")
        #expect(try fixture.git(["diff", "-U0"]).contains("\"level\": 2.75"))
        _ = try fixture.git(["checkout", "."])
        book.sheets[index][p05, 3] = .number("4")
        try Self.save(book, path)
        let conflict = CLI.run(["import", path], in: folder)
        #expect(conflict.status == .findings)
        #expect(
            conflict.stderr.contains(
                "bappeda!D\(p05 + 1): P05 was changed in the repository (3.5 → 3.75) since this workbook was made"))
        #expect(try fixture.git(["status", "--porcelain"]).isEmpty)
    }

    /// An agency's workbook cannot reach another agency's file through the evidence or follow-up sheets.
    @Test func rowsOfAnAgencyWithoutASheetAreRefused() throws {
        let (folder, fixture) = try Self.example()
        let path = try Self.exported(folder, ["--agency", "bappeda"])
        var book = try Self.workbook(path)
        let evidence = try #require(book.sheets.firstIndex { $0.name == "Evidence" })
        book.sheets[evidence].rows.append([
            .text("P08"), .text("Masuk lewat lembar lain"), .text("url"), .empty, .text("https://x.id"),
        ])
        try Self.save(book, path)
        let result = CLI.run(["import", path], in: folder)
        #expect(result.status == .findings)
        #expect(result.stderr.contains("'P08' belongs to agency 'bagian-hukum', which has no sheet in this workbook"))
        #expect(try fixture.git(["status", "--porcelain"]).isEmpty)
    }

    /// Edits that would otherwise vanish with a note: a renamed agency sheet, a renamed level header, a decimal
    /// comma splitting a comma-separated row.
    @Test func editsThatWouldVanishAreRefused() throws {
        let (folder, fixture) = try Self.example()
        let path = try Self.exported(folder, ["--agency", "bappeda"])
        var book = try Self.workbook(path)
        let index = try #require(book.sheets.firstIndex { $0.name == "bappeda" })
        book.sheets[index] = Sheet(name: "Bappeda Kota", rows: book.sheets[index].rows)
        try Self.save(book, path)
        #expect(
            CLI.run(["import", path], in: folder).stderr.contains(
                "sheet 'Bappeda Kota' holds indicator rows but is named after no agency (did you mean 'bappeda'?)"))
        book.sheets[index] = Sheet(name: "bappeda", rows: book.sheets[index].rows)
        book.sheets[index][0, 3] = .text("Nilai")
        try Self.save(book, path)
        #expect(
            CLI.run(["import", path], in: folder).stderr.contains(
                "bappeda: this sheet has no column 'Self-assessment [level]'"))
        let csv = try GitFixture.temporaryFolder() + "/isian.csv"
        try Data("Indikator [id],Nilai mandiri [level],Penjelasan [explanation]\nP06,2,75,Fakta\n".utf8).write(
            to: URL(fileURLWithPath: csv))
        #expect(
            CLI.run(["import", csv], in: folder).stderr.contains("isian!A2: this row has more cells than the header"))
        #expect(try fixture.git(["status", "--porcelain"]).isEmpty)
    }

    @Test func pathsAsUsersTypeThemAndOtherFormats() throws {
        let (folder, fixture) = try Self.example()
        let path = try Self.exported(folder, ["--agency", "bappeda"])
        var book = try Self.workbook(path)
        let evidence = try #require(book.sheets.firstIndex { $0.name == "Evidence" })
        book.sheets[evidence].rows += [
            [.text("P06"), .text("Jendela"), .text("Laporan"), .text("evidence\\bappeda\\sk-p06.txt")],
            [.text("P06"), .text("Mutlak"), .text("lainnya"), .text(folder + "/evidence/bappeda/sk-p06.txt")],
        ]
        try Self.save(book, path)
        let result = CLI.run(["import", path], in: folder)
        #expect(result.stdout.contains("P06 2 evidence item(s) added"), "\(result.stderr)")
        let diff = try fixture.git(["diff", "-U0"])
        #expect(diff.contains("\"kind\": \"report\"") && diff.contains("\"kind\": \"other\""))
        #expect(!diff.contains("\\\\") && !diff.contains(folder))
        _ = try fixture.git(["checkout", "."])
        book.sheets[evidence].rows.append([
            .text("P06"), .text("Sidik"), .text("url"), .empty, .text("https://x.id"), .empty, .empty, .empty,
            .text("abc"),
        ])
        try Self.save(book, path)
        #expect(CLI.run(["import", path], in: folder).stderr.contains("'abc' is not a sha256"))
        #expect(CLI.run(["export", "--out", "a.ods"], in: folder).status == .usage)
        var zip = ZipWriter()
        zip.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
        let ods = try GitFixture.temporaryFolder() + "/a.ods"
        try Data(zip.finished()).write(to: URL(fileURLWithPath: ods))
        #expect(
            CLI.run(["import", ods], in: folder).stderr.contains("OpenDocument spreadsheet (.ods); save it as Excel"))
    }
}

/// A workbook whose one sheet inflates from a few kilobytes to 64 MiB of zeros.
enum ZipBomb {
    static func bytes() -> [UInt8] {
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", Array("<workbook/>".utf8))
        zip.add("xl/worksheets/sheet1.xml", [UInt8](repeating: 0, count: 64 << 20))
        return zip.finished()
    }
}

struct SheetNameTests {
    /// Programs allow 31 characters and compare names ignoring case, so an agency named like another sheet is marked.
    @Test func agencySheetNames() {
        #expect(SheetLayout.agencySheetName("bappeda") == "bappeda")
        #expect(SheetLayout.agencySheetName("evidence") == "evidence (agency)")
        #expect(SheetLayout.agencySheetName("Petunjuk".lowercased()) == "petunjuk (agency)")
        let long = String(repeating: "dinas-", count: 8) + "x"
        #expect(SheetLayout.agencySheetName(long).count == 31)
    }
}

/// An attacker's round: symlinks and special files in the working tree never carry a write or a read outside
/// the repository, and one unwritable file stops the whole import.
struct ImportSymlinkTests {
    @Test func aSymlinkedAgencyFileIsNeverWrittenThrough() throws {
        let (folder, fixture) = try SpreadsheetCommandTests.example()
        let outside = try GitFixture.temporaryFolder() + "/outside.json"
        try Data("jangan diubah\n".utf8).write(to: URL(fileURLWithPath: outside))
        let dpmptsp = folder + "/assessments/kota-contoh/dpmptsp.json"
        try FileManager.default.removeItem(atPath: dpmptsp)
        try FileManager.default.createSymbolicLink(atPath: dpmptsp, withDestinationPath: outside)
        let csv = try GitFixture.temporaryFolder() + "/isian.csv"
        try Data("Indikator [id],Nilai mandiri [level],Penjelasan [explanation]\nP06,2.5,a\nP19,2.5,b\n".utf8).write(
            to: URL(fileURLWithPath: csv))
        for arguments in [[], ["--dry-run"]] {
            let result = CLI.run(["import", csv] + arguments, in: folder)
            #expect(result.status == .findings)
            #expect(
                result.stderr.contains("assessments/kota-contoh/dpmptsp.json is a symlink, a folder or a special file"))
        }
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "jangan diubah\n")
        #expect(
            try fixture.git(["status", "--porcelain", SpreadsheetCommandTests.bappeda]).isEmpty, "bappeda untouched")
    }

    @Test func evidenceBehindASymlinkOrAFIFOIsNotRead() throws {
        let (folder, fixture) = try SpreadsheetCommandTests.example()
        defer { withExtendedLifetime(fixture) {} }
        try FileManager.default.createSymbolicLink(atPath: folder + "/evidence/etc", withDestinationPath: "/etc")
        #expect(mkfifo(folder + "/evidence/bappeda/pipa", 0o600) == 0)
        let path = try SpreadsheetCommandTests.exported(folder, ["--agency", "bappeda"])
        var book = try SpreadsheetCommandTests.workbook(path)
        let evidence = try #require(book.sheets.firstIndex { $0.name == "Evidence" })
        book.sheets[evidence].rows += [
            [.text("P05"), .text("Luar"), .text("other"), .text("evidence/etc/hostname")],
            [.text("P05"), .text("Pipa"), .text("other"), .text("evidence/bappeda/pipa")],
        ]
        try SpreadsheetCommandTests.save(book, path)
        let result = CLI.run(["import", path], in: folder)
        #expect(result.status == .findings)
        #expect(result.stderr.contains("'evidence/etc/hostname' is not a path inside the repository"))
        #expect(result.stderr.contains("'evidence/bappeda/pipa' is not a path inside the repository"))
    }

    @Test func aRenamedOrMissingInstructionsSheet() throws {
        let (folder, fixture) = try SpreadsheetCommandTests.example()
        defer { withExtendedLifetime(fixture) {} }
        let path = try SpreadsheetCommandTests.exported(folder)
        var book = try SpreadsheetCommandTests.workbook(path)
        let cycle = try #require(book.sheets[0].rows.firstIndex { $0.first == .text("Cycle [cycle]") })
        book.sheets[0][cycle, 1] = .text("2025")
        book.sheets[0] = Sheet(name: "Instruksi", rows: book.sheets[0].rows)
        try SpreadsheetCommandTests.save(book, path)
        #expect(
            CLI.run(["import", path], in: folder).stderr.contains(
                "Instruksi!B\(cycle + 1): the workbook was made for cycle '2025'"))
        book.sheets.removeFirst()
        try SpreadsheetCommandTests.save(book, path)
        let result = CLI.run(["import", path], in: folder)
        #expect(result.status == .success && result.stderr.contains("its values are read as kota-contoh's cycle 2026"))
    }
}

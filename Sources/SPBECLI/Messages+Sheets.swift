import SPBECore

extension Messages {
    static func exportTitle(_ index: String, _ instansi: String) -> Localized {
        Localized(
            en: "\(index) self-assessment: \(instansi)", indonesian: "Penilaian mandiri \(index): \(instansi)")
    }

    static func exportSteps(agencies: [String], evidence: String, allowed: String) -> [Localized] {
        let sheets = agencies.map { "'\($0)'" }.joined(separator: ", ")
        return [
            Localized(
                en:
                    "On your agency's sheet (\(sheets)) fill in 'Self-assessment [level]' (\(allowed)) and 'Explanation [explanation]' for each indicator.",
                indonesian:
                    "Di lembar perangkat daerah Anda (\(sheets)) isi 'Nilai mandiri [level]' (\(allowed)) dan 'Penjelasan [explanation]' untuk setiap indikator."
            ),
            Localized(
                en:
                    "List each document on the '\(evidence)' sheet, one row each, with its indicator id: a file in the repository (under evidence/) or a link.",
                indonesian:
                    "Catat setiap dokumen di lembar '\(evidence)', satu baris per dokumen, dengan id indikatornya: berkas di repositori (di bawah evidence/) atau tautan."
            ),
            Localized(
                en:
                    "Columns marked [name], [allowed] and [openFollowUps] are for reading only. Do not change the header rows or the sheet names.",
                indonesian:
                    "Kolom bertanda [name], [allowed] dan [openFollowUps] hanya untuk dibaca. Jangan ubah baris judul atau nama lembar."
            ),
            Localized(
                en:
                    "Record follow-ups on the 'Follow-ups' sheet. Type dates as YYYY-MM-DD (2026-12-31). Write values with a decimal point or the program's decimal mark (2.75 or 2,75).",
                indonesian:
                    "Catat tindak lanjut di lembar 'Tindak lanjut'. Ketik tanggal sebagai YYYY-MM-DD (2026-12-31). Tulis nilai dengan titik atau tanda desimal program (2.75 atau 2,75)."
            ),
            Localized(
                en:
                    "Save the workbook as .xlsx and send it back to the coordination team, who run 'spbe import FILE'. A .csv carries only the sheet it was saved from (your agency's sheet), without evidence and follow-ups.",
                indonesian:
                    "Simpan buku kerja sebagai .xlsx lalu kirim kembali ke tim koordinator, yang menjalankan 'spbe import FILE'. Berkas .csv hanya memuat lembar yang disimpan (lembar perangkat daerah Anda), tanpa data dukung dan tindak lanjut."
            ),
            Localized(
                en:
                    "The 'Assessors' and 'Recommendations' sheets are filled in by the assessors' clerk only ('spbe import --assessor').",
                indonesian:
                    "Lembar 'Asesor' dan 'Rekomendasi' hanya diisi petugas asesor ('spbe import --assessor')."),
        ]
    }

    static func exported(_ path: String, sheets: Int) -> Localized {
        Localized(en: "wrote \(path) (\(sheets) sheet(s))", indonesian: "\(path) ditulis (\(sheets) lembar)")
    }

    static func importIgnoredSheet(_ name: String) -> Localized {
        Localized(
            en: "sheet '\(name)' is not one spbe reads; ignored",
            indonesian: "lembar '\(name)' bukan lembar yang dibaca spbe; diabaikan")
    }

    static func importIgnoredColumn(_ reference: String) -> Localized {
        Localized(
            en:
                "\(reference): this column's header is none spbe reads (such as 'Self-assessment [level]'); its cells are ignored",
            indonesian:
                "\(reference): judul kolom ini tidak dikenal spbe (seperti 'Nilai mandiri [level]'); isinya diabaikan")
    }

    static let importIgnoredAssessor = Localized(
        en:
            "the assessors' values changed in the workbook were not written; the assessors' clerk imports them with --assessor",
        indonesian:
            "nilai asesor yang diubah di buku kerja tidak ditulis; petugas asesor mengimpornya dengan --assessor")
    static let importIgnoredAgencyFields = Localized(
        en:
            "with --assessor only the assessors' values are written; the agencies' own changes in the workbook were not",
        indonesian:
            "dengan --assessor hanya nilai asesor yang ditulis; perubahan perangkat daerah di buku kerja tidak ditulis")

    static func importUnreadableFile(_ path: String) -> Localized {
        Localized(
            en: "\(path) cannot be read as JSON or has a duplicate key; fix it first (spbe lint)",
            indonesian: "\(path) tidak terbaca sebagai JSON atau memiliki kunci ganda; perbaiki dulu (spbe lint)")
    }

    static func importMadeForOther(_ key: String, _ value: String, _ wanted: String) -> Localized {
        let what: (String, String) =
            switch key {
            case "scope": ("instansi", "instansi")
            case "cycle": ("cycle", "siklus")
            default: ("framework", "kerangka")
            }
        return Localized(
            en: "the workbook was made for \(what.0) '\(value)', not '\(wanted)'; export a new one with 'spbe export'",
            indonesian:
                "buku kerja dibuat untuk \(what.1) '\(value)', bukan '\(wanted)'; buat yang baru dengan 'spbe export'")
    }

    static func importDuplicateColumn(_ key: String) -> Localized {
        Localized(en: "a second column for '\(key)'", indonesian: "kolom kedua untuk '\(key)'")
    }

    static func importDuplicateRow(_ what: String, _ first: String) -> Localized {
        Localized(
            en: "'\(what)' is given a second time (first at \(first)); keep one row",
            indonesian: "'\(what)' diberikan dua kali (pertama di \(first)); sisakan satu baris")
    }

    static let importNoIndicator = Localized(
        en: "this row has no indicator id", indonesian: "baris ini tidak memiliki id indikator")

    static func importUnknownIndicator(_ id: String, _ framework: String, known: [String]) -> Localized {
        let id = shown(id)
        if let closest = Suggestion.closest(to: id, among: known) {
            return Localized(
                en: "'\(id)' is not an indicator of \(framework); did you mean '\(closest)'?",
                indonesian: "'\(id)' bukan indikator \(framework); maksud Anda '\(closest)'?")
        }
        return Localized(
            en: "'\(id)' is not an indicator of \(framework)", indonesian: "'\(id)' bukan indikator \(framework)")
    }

    static func importNoOwner(_ id: String) -> Localized {
        Localized(
            en: "no agency owns '\(id)' in the manifest; the coordinator gives it to one first",
            indonesian:
                "'\(id)' belum diberikan ke perangkat daerah mana pun di manifes; koordinator menetapkannya dulu")
    }

    static func importOwnedByOther(_ id: String, _ owner: String, _ expected: String) -> Localized {
        Localized(
            en: "'\(id)' belongs to agency '\(owner)', not '\(expected)'",
            indonesian: "'\(id)' milik perangkat daerah '\(owner)', bukan '\(expected)'")
    }

    static func importValueNotAllowed(_ value: String, _ allowed: Localized) -> Localized {
        Localized(
            en: "\(value) is not an allowed value (\(allowed.en))",
            indonesian: "\(value) bukan nilai yang diizinkan (\(allowed.indonesian))")
    }

    static func allowedValues(_ range: String, decimals: Int) -> Localized {
        decimals == 0
            ? Localized(en: "whole numbers \(range)", indonesian: "bilangan bulat \(range)")
            : Localized(
                en: "\(range), at most \(decimals) decimals", indonesian: "\(range), paling banyak \(decimals) desimal")
    }

    static let importNoFields = Localized(
        en:
            "no column names a field such as 'Indicator [id]' or 'Self-assessment [level]'; fill in a workbook made by 'spbe export' (a csv carries one agency's sheet only: save that sheet, not the instructions)",
        indonesian:
            "tidak ada kolom yang menyebut kolom data seperti 'Indikator [id]' atau 'Nilai mandiri [level]'; isi buku kerja buatan 'spbe export' (csv hanya memuat lembar satu perangkat daerah: simpan lembar itu, bukan petunjuknya)"
    )

    static func importNotANumber(_ text: String) -> Localized {
        let text = shown(text)
        return Localized(en: "'\(text)' is not a number", indonesian: "'\(text)' bukan angka")
    }

    static func importNotADate(_ text: String) -> Localized {
        let text = shown(text)
        return Localized(
            en: "'\(text)' is not a date; write it as YYYY-MM-DD",
            indonesian: "'\(text)' bukan tanggal; tulis sebagai YYYY-MM-DD")
    }

    static func importBadChoice(_ value: String, _ allowed: [String]) -> Localized {
        let value = shown(value)
        return Localized(
            en: "'\(value)' is not one of \(allowed.joined(separator: ", "))",
            indonesian:
                "'\(value)' bukan salah satu dari \(allowed.map { SheetLayout.word($0, .id) }.joined(separator: ", "))")
    }

    static func importBadVerdict(_ item: String, _ allowed: [String]) -> Localized {
        let item = shown(item)
        let list = allowed.joined(separator: ", ")
        return Localized(
            en: "'\(item)' is not REQUIREMENT=VERDICT with a verdict of \(list)",
            indonesian: "'\(item)' bukan PERSYARATAN=PUTUSAN dengan putusan \(list)")
    }

    static func importRequired(_ key: String) -> Localized {
        Localized(en: "'\(key)' is empty; it is required", indonesian: "'\(key)' kosong; wajib diisi")
    }

    static let importEvidenceNeedsPath = Localized(
        en: "an evidence item needs a file in the repository [path] or a link [url]",
        indonesian: "data dukung memerlukan berkas di repositori [path] atau tautan [url]")

    static func importPathOutside(_ path: String) -> Localized {
        let path = shown(path)
        return Localized(
            en: "'\(path)' is not a path inside the repository; write it relative to the repository's root",
            indonesian: "'\(path)' bukan path di dalam repositori; tulis relatif terhadap akar repositori")
    }

    static func importLevelRemoved(_ id: String) -> Localized {
        Localized(
            en: "the value of \(id) is empty; an import never removes an assessment",
            indonesian: "nilai \(id) kosong; impor tidak pernah menghapus penilaian")
    }

    static func importExplanationRequired(_ id: String) -> Localized {
        Localized(
            en: "\(id) needs an explanation [explanation]", indonesian: "\(id) memerlukan penjelasan [explanation]")
    }

    static func importNotAssessed(_ id: String) -> Localized {
        Localized(
            en: "\(id) has no self-assessment yet; give its value and explanation first",
            indonesian: "\(id) belum dinilai mandiri; isi dulu nilai dan penjelasannya")
    }

    static func importProblem(_ problem: ImportProblem) -> Localized {
        Localized(
            en: "\(problem.reference): \(problem.message.en)",
            indonesian: "\(problem.reference): \(problem.message.indonesian)")
    }

    static func importConflict(_ id: String, _ values: (then: String, now: String)?) -> Localized {
        let change = values.map { " (\($0.then) → \($0.now))" } ?? ""
        return Localized(
            en:
                "\(id) was changed in the repository\(change) since this workbook was made, and here too; export a new workbook (with --worktree when the working tree holds uncommitted changes) and enter the change there",
            indonesian:
                "\(id) sudah diubah di repositori\(change) sejak buku kerja ini dibuat, dan di sini juga; buat buku kerja baru (dengan --worktree bila ada perubahan yang belum di-commit) dan isi perubahannya di sana"
        )
    }

    static func importRefusedByLint(_ file: String) -> Localized {
        Localized(
            en: "\(file) would leave the errors above in the agency files; nothing was written",
            indonesian: "\(file) akan meninggalkan galat di atas pada berkas perangkat daerah; tidak ada yang ditulis")
    }

    static func importMissingColumn(_ key: String) -> Localized {
        let field = SheetLayout.indicatorFields.first { $0.key == key }?.name ?? Localized(en: key, indonesian: key)
        return Localized(
            en: "this sheet has no column '\(field.en) [\(key)]'; put back its header as exported",
            indonesian:
                "lembar ini tidak memiliki kolom '\(field.indonesian) [\(key)]'; kembalikan judul kolomnya seperti saat diekspor"
        )
    }

    static func importSheetNotAnAgency(_ name: String, _ agencies: [String]) -> Localized {
        let closest =
            Suggestion.closest(to: name.lowercased().trimmingCharacters(in: .whitespaces), among: agencies)
            ?? agencies.first { name.lowercased().contains($0) }
        let hint = closest.map { (" (did you mean '\($0)'?)", " (maksud Anda '\($0)'?)") } ?? ("", "")
        return Localized(
            en:
                "sheet '\(name)' holds indicator rows but is named after no agency\(hint.0); name it by the agency's id as exported",
            indonesian:
                "lembar '\(name)' berisi baris indikator tetapi namanya bukan id perangkat daerah\(hint.1); beri nama id perangkat daerah seperti saat diekspor"
        )
    }

    static func importNoSheetForAgency(_ id: String, _ owner: String) -> Localized {
        Localized(
            en:
                "'\(id)' belongs to agency '\(owner)', which has no sheet in this workbook; its rows are not read from here",
            indonesian:
                "'\(id)' milik perangkat daerah '\(owner)', yang tidak memiliki lembar di buku kerja ini; barisnya tidak dibaca dari sini"
        )
    }

    static let importCellsPastHeader = Localized(
        en:
            "this row has more cells than the header: a decimal comma or a comma in the text split a cell; write 2.75, or put the text in double quotes",
        indonesian:
            "baris ini memiliki lebih banyak sel daripada judulnya: koma desimal atau koma di teks memecah sel; tulis 2.75, atau apit teks dengan tanda kutip ganda"
    )

    static func importNotARegularFile(_ path: String) -> Localized {
        Localized(
            en:
                "\(path) is a symlink, a folder or a special file (or lies under a symlink); spbe writes agency files only as regular files in the repository",
            indonesian:
                "\(path) adalah symlink, folder atau berkas khusus (atau berada di bawah symlink); spbe hanya menulis berkas perangkat daerah sebagai berkas biasa di repositori"
        )
    }

    static func importTextTooLong(_ count: Int) -> Localized {
        Localized(
            en: "this cell holds \(count) characters, more than the 32,767 a spreadsheet cell can hold",
            indonesian: "sel ini berisi \(count) karakter, melebihi 32.767 yang dapat dimuat sel lembar kerja")
    }

    static func importMoreProblems(_ count: Int) -> Localized {
        Localized(en: "… and \(count) more", indonesian: "… dan \(count) lagi")
    }

    static func importRefused(_ count: Int, _ file: String) -> Localized {
        Localized(
            en: "\(count) problem(s) in \(file); nothing was written",
            indonesian: "\(count) masalah di \(file); tidak ada yang ditulis")
    }

    static func importNothingChanged(_ file: String) -> Localized {
        Localized(
            en: "\(file) changes nothing in the agency files",
            indonesian: "\(file) tidak mengubah berkas perangkat daerah")
    }

    static func importWritten(_ count: Int, dryRun: Bool) -> Localized {
        dryRun
            ? Localized(
                en: "\(count) file(s) would change (--dry-run: nothing written)",
                indonesian: "\(count) berkas akan berubah (--dry-run: tidak ada yang ditulis)")
            : Localized(en: "\(count) file(s) written", indonesian: "\(count) berkas ditulis")
    }

    static func importWhichScope(_ scopes: [String]) -> Localized {
        Localized(
            en:
                "the file does not say which instansi it is for; add --scope (one of \(scopes.joined(separator: ", ")))",
            indonesian:
                "berkas tidak menyebut instansinya; tambahkan --scope (salah satu dari \(scopes.joined(separator: ", ")))"
        )
    }

    static func unreadableWorkbook(_ file: String, _ error: Localized) -> Localized {
        Localized(en: "\(file): \(error.en)", indonesian: "\(file): \(error.indonesian)")
    }
}

extension Messages {
    static func missingOption(_ option: String) -> Localized {
        Localized(en: "\(option) is required", indonesian: "\(Placeholder.text(option, .id)) wajib diberikan")
    }

    static func exportExtension(_ out: String) -> Localized {
        Localized(
            en: "'\(out)': spbe writes .xlsx (which every spreadsheet program opens) or .csv; name the file so",
            indonesian:
                "'\(out)': spbe menulis .xlsx (dibuka semua program lembar kerja) atau .csv; beri nama berkas begitu")
    }

    static func importBadHash(_ text: String) -> Localized {
        let text = shown(text)
        return Localized(
            en: "'\(text)' is not a sha256 (64 hexadecimal digits); leave the cell empty and spbe computes it",
            indonesian: "'\(text)' bukan sha256 (64 digit heksadesimal); kosongkan selnya dan spbe menghitungnya")
    }

    static func exportChooseOne(_ values: [String]) -> Localized {
        let list = values.joined(separator: ", ")
        return Localized(en: "choose one of: \(list)", indonesian: "pilih salah satu: \(list)")
    }

    static func exportAllowed(_ allowed: Localized) -> Localized {
        Localized(en: "allowed values: \(allowed.en)", indonesian: "nilai yang diizinkan: \(allowed.indonesian)")
    }

    static let exportBinaryToStdout = Localized(
        en: "an xlsx workbook is not text; name a file with --out (or use --format csv)",
        indonesian: "buku kerja xlsx bukan teks; sebut berkasnya dengan --out (atau pakai --format csv)")

    static func exportUnscorable(_ scope: String) -> Localized {
        Localized(
            en: "scope '\(scope)' has no readable manifest or framework; run 'spbe lint' and fix it first",
            indonesian:
                "lingkup '\(scope)' tidak memiliki manifes atau kerangka yang terbaca; jalankan 'spbe lint' dan perbaiki dulu"
        )
    }

    static func importScopeMismatch(_ declared: String, _ wanted: String) -> Localized {
        Localized(
            en: "the workbook was made for instansi '\(declared)', not '\(wanted)'",
            indonesian: "buku kerja dibuat untuk instansi '\(declared)', bukan '\(wanted)'")
    }
}

extension Messages {
    /// A value from a cell as a message quotes it: long ones cut, so a message stays a line.
    static func shown(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "…"
    }

    static func importUndeclared(_ scope: String, _ cycle: String, _ framework: String) -> Localized {
        Localized(
            en:
                "the workbook has no instructions sheet naming its instansi, cycle and framework; its values are read as \(scope)'s cycle \(cycle) (\(framework))",
            indonesian:
                "buku kerja tidak memiliki lembar petunjuk yang menyebut instansi, siklus dan kerangkanya; nilainya dibaca sebagai siklus \(cycle) \(scope) (\(framework))"
        )
    }

    static func errorLine(_ message: Localized, _ language: Language) -> String {
        "\(errorWord.text(language)): \(message.text(language))"
    }

    static func noteLine(_ message: Localized, _ language: Language) -> String {
        "\(noteWord.text(language)): \(message.text(language))"
    }
}

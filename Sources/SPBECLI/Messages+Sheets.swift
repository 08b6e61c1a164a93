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
                    "Save the workbook as .xlsx (or .csv) and send it back to the coordination team, who run 'spbe import FILE'.",
                indonesian:
                    "Simpan buku kerja sebagai .xlsx (atau .csv) lalu kirim kembali ke tim koordinator, yang menjalankan 'spbe import FILE'."
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
            en: "\(reference): this column names no field; ignored",
            indonesian: "\(reference): kolom ini tidak menyebut kolom data; diabaikan")
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
            "no column names a field such as 'Indicator [id]' or 'Self-assessment [level]'; fill in a workbook made by 'spbe export'",
        indonesian:
            "tidak ada kolom yang menyebut kolom data seperti 'Indikator [id]' atau 'Nilai mandiri [level]'; isi buku kerja buatan 'spbe export'"
    )

    static func importNotANumber(_ text: String) -> Localized {
        Localized(en: "'\(text)' is not a number", indonesian: "'\(text)' bukan angka")
    }

    static func importNotADate(_ text: String) -> Localized {
        Localized(
            en: "'\(text)' is not a date; write it as YYYY-MM-DD",
            indonesian: "'\(text)' bukan tanggal; tulis sebagai YYYY-MM-DD")
    }

    static func importBadChoice(_ value: String, _ allowed: [String]) -> Localized {
        let list = allowed.joined(separator: ", ")
        return Localized(
            en: "'\(value)' is not one of \(list)", indonesian: "'\(value)' bukan salah satu dari \(list)")
    }

    static func importBadVerdict(_ item: String, _ allowed: [String]) -> Localized {
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
        Localized(
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

    static func importLevelChange(_ old: String?, _ new: String) -> Localized {
        guard let old else { return Localized(en: "new: \(new)", indonesian: "baru: \(new)") }
        return Localized(en: "\(old) → \(new)", indonesian: "\(old) → \(new)")
    }

    static let importExplanationChanged = Localized(en: "explanation changed", indonesian: "penjelasan berubah")

    static func importListChange(_ kind: SheetLayout.Kind, _ counts: ImportMerge.Counts) -> Localized {
        let noun: (String, String) =
            switch kind {
            case .evidence: ("evidence item(s)", "data dukung")
            case .followUps: ("follow-up(s)", "tindak lanjut")
            default: ("recommendation(s)", "rekomendasi")
            }
        let parts = [
            (counts.added, "added", "ditambah"), (counts.changed, "changed", "diubah"),
            (counts.removed, "removed", "dihapus"),
        ].filter { $0.0 > 0 }
        let en = parts.enumerated().map { index, part in
            index == 0 ? "\(part.0) \(noun.0) \(part.1)" : "\(part.0) \(part.1)"
        }
        return Localized(
            en: en.joined(separator: ", "),
            indonesian: "\(noun.1) " + parts.map { "\($0.0) \($0.2)" }.joined(separator: ", "))
    }

    static func importStageChange(_ stage: Stage, _ old: String?, _ new: String?) -> Localized {
        let name = stageName(stage)
        return Localized(
            en: "\(name.en) \(old ?? "–") → \(new ?? "–")",
            indonesian: "\(name.indonesian) \(old ?? "–") → \(new ?? "–")")
    }

    static func importNotesChanged(_ stage: Stage) -> Localized {
        let name = stageName(stage)
        return Localized(en: "\(name.en) notes changed", indonesian: "catatan \(name.indonesian) berubah")
    }

    static func importVerdictsChanged(_ stage: Stage) -> Localized {
        let name = stageName(stage)
        return Localized(en: "\(name.en) verdicts changed", indonesian: "putusan \(name.indonesian) berubah")
    }

    private static func stageName(_ stage: Stage) -> Localized {
        switch stage {
        case .document: Localized(en: "document review", indonesian: "penilaian dokumen")
        case .interview: Localized(en: "interview", indonesian: "interviu")
        case .visit: Localized(en: "site visit", indonesian: "visitasi")
        case .self: Localized(en: "self-assessment", indonesian: "penilaian mandiri")
        case .final: Localized(en: "final", indonesian: "akhir")
        }
    }

    static func importProblem(_ problem: ImportProblem) -> Localized {
        Localized(
            en: "\(problem.reference): \(problem.message.en)",
            indonesian: "\(problem.reference): \(problem.message.indonesian)")
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
        Localized(en: "\(option) is required", indonesian: "\(option) wajib diberikan")
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
    static func errorLine(_ message: Localized, _ language: Language) -> String {
        "\(errorWord.text(language)): \(message.text(language))"
    }

    static func noteLine(_ message: Localized, _ language: Language) -> String {
        "\(noteWord.text(language)): \(message.text(language))"
    }
}

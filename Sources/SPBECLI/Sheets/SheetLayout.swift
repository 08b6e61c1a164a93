import Foundation
import SPBECore
import Spreadsheet

/// The sheets and columns spbe writes and reads: each column names its JSON field in brackets
/// (`Nilai mandiri [level]`), so a sheet is read by field, not by position.
enum SheetLayout {
    /// `--scope ID` of export and import: a workbook holds one instansi.
    static let scope = Option<String>(
        "scope", value: "ID",
        help: Localized(
            en: "the instansi (default: the one the workbook names, else the only one)",
            indonesian: "instansinya (bawaan: yang disebut buku kerja, atau satu-satunya)"),
        completion: .scope)

    struct Field {
        let key: String
        let name: Localized
        let width: Int
        let style: Sheet.Style
        /// Shown for reading only; an import ignores it.
        let readOnly: Bool

        init(_ key: String, _ name: Localized, width: Int, style: Sheet.Style = .plain, readOnly: Bool = false) {
            self.key = key
            self.name = name
            self.width = width
            self.style = style
            self.readOnly = readOnly
        }

        func header(_ language: Language) -> Cell { .text("\(name.text(language)) [\(key)]") }
    }

    /// A sheet other than the agencies' own, found by its name in either language.
    enum Kind: CaseIterable {
        case instructions, evidence, followUps, assessors, recommendations

        var name: Localized {
            switch self {
            case .instructions: Localized(en: "Instructions", indonesian: "Petunjuk")
            case .evidence: Localized(en: "Evidence", indonesian: "Data dukung")
            case .followUps: Localized(en: "Follow-ups", indonesian: "Tindak lanjut")
            case .assessors: Localized(en: "Assessors", indonesian: "Asesor")
            case .recommendations: Localized(en: "Recommendations", indonesian: "Rekomendasi")
            }
        }

        static func named(_ name: String) -> Kind? {
            allCases.first { [$0.name.en, $0.name.indonesian].contains { $0.lowercased() == name.lowercased() } }
        }

        var fields: [Field] {
            switch self {
            case .instructions: SheetLayout.instructionFields
            case .evidence: SheetLayout.evidenceFields
            case .followUps: SheetLayout.followUpFields
            case .assessors: SheetLayout.assessorFields
            case .recommendations: SheetLayout.recommendationFields
            }
        }
    }

    static let indicator = Field(
        "indicator", Localized(en: "Indicator", indonesian: "Indikator"), width: 11, style: .text)

    static let indicatorFields = [
        Field("id", Localized(en: "Indicator", indonesian: "Indikator"), width: 11, style: .text),
        Field(
            "name", Localized(en: "Indicator name", indonesian: "Nama indikator"), width: 45, style: .wrapped,
            readOnly: true),
        Field(
            "allowed", Localized(en: "Allowed values", indonesian: "Nilai yang diizinkan"), width: 20, readOnly: true),
        Field("level", Localized(en: "Self-assessment", indonesian: "Nilai mandiri"), width: 14),
        Field("explanation", Localized(en: "Explanation", indonesian: "Penjelasan"), width: 80, style: .wrapped),
        Field(
            "openFollowUps", Localized(en: "Open follow-ups", indonesian: "Tindak lanjut terbuka"), width: 40,
            style: .wrapped, readOnly: true),
    ]

    static let evidenceFields = [
        indicator,
        Field("title", Localized(en: "Title", indonesian: "Judul"), width: 45, style: .wrapped),
        Field("kind", Localized(en: "Kind", indonesian: "Jenis"), width: 13),
        Field("path", Localized(en: "File in the repository", indonesian: "Berkas di repositori"), width: 40),
        Field("url", Localized(en: "Link", indonesian: "Tautan"), width: 40),
        Field("date", Localized(en: "Date", indonesian: "Tanggal"), width: 12, style: .date),
        Field("locator", Localized(en: "Locator", indonesian: "Lokasi"), width: 20),
        Field("satisfies", Localized(en: "Satisfies", indonesian: "Memenuhi"), width: 18),
        Field("sha256", Localized(en: "SHA-256", indonesian: "SHA-256"), width: 20, style: .text),
    ]

    static let followUpFields = [
        indicator,
        Field("action", Localized(en: "Action", indonesian: "Tindakan"), width: 60, style: .wrapped),
        Field("due", Localized(en: "Due", indonesian: "Tenggat"), width: 12, style: .date),
        Field("status", Localized(en: "Status", indonesian: "Status"), width: 11),
        Field("targetLevel", Localized(en: "Target level", indonesian: "Tingkat sasaran"), width: 14),
    ]

    static let assessorFields = [
        indicator,
        Field("stage", Localized(en: "Stage", indonesian: "Tahap"), width: 12),
        Field("level", Localized(en: "Assessors' value", indonesian: "Nilai asesor"), width: 14),
        Field("notes", Localized(en: "Notes", indonesian: "Catatan"), width: 60, style: .wrapped),
        Field("verdicts", Localized(en: "Verdicts", indonesian: "Putusan"), width: 40, style: .wrapped),
    ]

    static let recommendationFields = [
        indicator,
        Field("stage", Localized(en: "Stage", indonesian: "Tahap"), width: 12),
        Field("action", Localized(en: "Recommendation", indonesian: "Rekomendasi"), width: 60, style: .wrapped),
        Field("due", Localized(en: "Due", indonesian: "Tenggat"), width: 12, style: .date),
        Field("status", Localized(en: "Status", indonesian: "Status"), width: 11),
    ]

    /// The instructions sheet's facts, one per row: name in column A, value in B.
    static let instructionFields = [
        Field("scope", Localized(en: "Instansi", indonesian: "Instansi"), width: 28),
        Field("cycle", Localized(en: "Cycle", indonesian: "Siklus"), width: 28),
        Field("framework", Localized(en: "Framework", indonesian: "Kerangka"), width: 28),
        Field("revision", Localized(en: "Made from revision", indonesian: "Dibuat dari revisi"), width: 28),
    ]

    /// The field a header cell names: the bracketed key at its end, else a field name in either language.
    static func key(ofHeader cell: Cell, among fields: [Field]) -> String? {
        guard case .text(let raw) = cell else { return nil }
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
            return String(text[text.index(after: open)..<text.index(before: text.endIndex)])
                .trimmingCharacters(in: .whitespaces)
        }
        return fields.first { [$0.name.en, $0.name.indonesian].contains { $0.lowercased() == text.lowercased() } }?.key
    }

    /// A choice as typed, in either language, as the JSON value: `Dokumen` → `document`, `selesai` → `done`.
    static func choice(_ typed: String) -> String {
        let value = typed.trimmingCharacters(in: .whitespaces).lowercased()
        return indonesianChoices[value] ?? value
    }

    /// A JSON value as a workbook in `language` shows it: `document` is `dokumen` in Indonesian. Import reads
    /// either (`choice(_:)`), so a workbook round-trips in both languages.
    static func word(_ value: String, _ language: Language) -> String {
        language == .id ? indonesianWords[value] ?? value : value
    }

    private static let indonesianWords = [
        "document": "dokumen", "interview": "interviu", "visit": "visitasi", "open": "terbuka", "done": "selesai",
        "dropped": "dibatalkan", "regulation": "peraturan", "decree": "keputusan", "report": "laporan",
        "minutes": "notulen", "screenshot": "tangkapan layar", "url": "tautan", "other": "lainnya",
        "accepted": "diterima", "revise": "perbaiki", "rejected": "ditolak",
    ]

    private static let indonesianChoices = [
        "mandiri": "self", "akhir": "final",
        "dokumen": "document", "penilaian dokumen": "document", "interviu": "interview", "wawancara": "interview",
        "visitasi": "visit", "kunjungan": "visit", "terbuka": "open", "selesai": "done", "dibatalkan": "dropped",
        "batal": "dropped", "peraturan": "regulation", "keputusan": "decree", "sk": "decree", "laporan": "report",
        "notulen": "minutes", "tangkapan layar": "screenshot", "tautan": "url", "lainnya": "other",
        "diterima": "accepted", "perbaiki": "revise", "perlu perbaikan": "revise", "ditolak": "rejected",
    ]

    /// An agency's sheet name: its id, cut to the 31 characters spreadsheet programs allow, and marked when it
    /// would read as one of the other sheets (`evidence (agency)`), which programs compare ignoring case.
    static func agencySheetName(_ id: String) -> String {
        guard Kind.named(id) == nil else { return String(id.prefix(22)) + " (agency)" }
        return String(id.prefix(31))
    }

    /// The agency a sheet is named after.
    static func agency(ofSheet name: String, in manifest: Manifest) -> String? {
        manifest.agencies.first { agencySheetName($0.id) == name }?.id
    }
}

import Localization

/// Why bytes could not be read as a workbook or csv, said in either language.
public enum WorkbookError: Error, Equatable, Sendable {
    case notAWorkbook
    case damaged
    case encrypted
    case unsupportedCompression
    case tooLarge
    case zipBomb
    /// A part is not well-formed XML, or declares a DOCTYPE (entities are never expanded).
    case badXML(part: String)
    case missingPart(String)
    /// An OpenDocument spreadsheet (.ods), LibreOffice's own format.
    case openDocument

    public var message: Localized {
        switch self {
        case .notAWorkbook:
            Localized(
                en: "not an xlsx workbook or csv file (save it as .xlsx or .csv)",
                indonesian: "bukan buku kerja xlsx atau berkas csv (simpan sebagai .xlsx atau .csv)")
        case .damaged:
            Localized(
                en: "the workbook is damaged (a size, offset or CRC-32 does not match); save it again",
                indonesian: "buku kerja rusak (ukuran, offset atau CRC-32 tidak cocok); simpan ulang")
        case .encrypted:
            Localized(
                en: "the workbook is password-protected; save it without a password",
                indonesian: "buku kerja dilindungi kata sandi; simpan tanpa kata sandi")
        case .unsupportedCompression:
            Localized(
                en: "the workbook uses a compression other than deflate; save it again as .xlsx",
                indonesian: "buku kerja memakai kompresi selain deflate; simpan ulang sebagai .xlsx")
        case .tooLarge:
            Localized(
                en: "the workbook is larger than an assessment needs (too many parts or too many bytes)",
                indonesian:
                    "buku kerja lebih besar daripada yang diperlukan penilaian (terlalu banyak bagian atau bita)")
        case .zipBomb:
            Localized(
                en: "the workbook inflates to far more than its size (a zip bomb?); it is not read",
                indonesian: "buku kerja mengembang jauh melebihi ukurannya (zip bomb?); tidak dibaca")
        case .badXML(let part):
            Localized(
                en: "part '\(part)' of the workbook is not well-formed XML or declares entities",
                indonesian: "bagian '\(part)' buku kerja bukan XML yang sah atau mendeklarasikan entitas")
        case .openDocument:
            Localized(
                en: "this is an OpenDocument spreadsheet (.ods); save it as Excel 2007-365 (.xlsx) and import that",
                indonesian: "ini lembar kerja OpenDocument (.ods); simpan sebagai Excel 2007-365 (.xlsx) lalu impor itu"
            )
        case .missingPart(let part):
            Localized(
                en: "the workbook has no part '\(part)'; save it again as .xlsx",
                indonesian: "buku kerja tidak memiliki bagian '\(part)'; simpan ulang sebagai .xlsx")
        }
    }
}

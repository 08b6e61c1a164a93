import SPBECore

extension Messages {
    static let fmtDuplicateKeys = Localized(
        en: "has duplicate keys; fix them before formatting (spbe lint shows where)",
        indonesian: "memiliki kunci ganda; perbaiki sebelum dirapikan (spbe lint menunjukkan letaknya)")
    static func formatted(_ path: String) -> Localized {
        Localized(en: "formatted \(path)", indonesian: "dirapikan \(path)")
    }
    static func cannotWrite(_ path: String) -> Localized {
        Localized(
            en: "cannot write '\(path)'; check the folder's permissions",
            indonesian: "tidak dapat menulis '\(path)'; periksa izin foldernya")
    }
    static let fmtHowToWrite = Localized(
        en: "these files are not in the canonical layout; 'spbe fmt --write' rewrites them",
        indonesian: "berkas ini belum bertata letak baku; 'spbe fmt --write' menulis ulangnya")
}

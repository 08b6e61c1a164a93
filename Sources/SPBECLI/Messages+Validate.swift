import SPBECore

extension Messages {
    static let validWord = Localized(en: "valid", id: "sah")
    static let notASchema = Localized(en: "it is not a schema", id: "bukan skema")

    static func unparseableSchema(_ path: String, _ location: SourceLocation, _ message: Localized) -> Localized {
        Localized(
            en: "schema '\(path)' cannot be used (\(location)): \(message.en)",
            id: "skema '\(path)' tidak dapat dipakai (\(location)): \(message.id)")
    }
    static func duplicateKey(_ key: String, _ first: SourceLocation) -> Localized {
        Localized(
            en: "duplicate key '\(key)' (first at \(first)); keep one",
            id: "kunci '\(key)' ganda (pertama di \(first)); sisakan satu")
    }
    static func validationSummary(files: Int, invalid: Int, problems: Int) -> Localized {
        Localized(
            en: "\(files) file(s) checked, \(invalid) invalid, \(problems) problem(s)",
            id: "\(files) berkas diperiksa, \(invalid) tidak sah, \(problems) masalah")
    }
}

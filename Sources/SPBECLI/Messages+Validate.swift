import SPBECore

extension Messages {
    static let validWord = Localized(en: "valid", indonesian: "sah")
    static let notASchema = Localized(en: "it is not a schema", indonesian: "bukan skema")

    static func unparseableSchema(_ path: String, _ location: SourceLocation, _ message: Localized) -> Localized {
        Localized(
            en: "schema '\(path)' cannot be used (\(location)): \(message.en)",
            indonesian: "skema '\(path)' tidak dapat dipakai (\(location)): \(message.indonesian)")
    }
    static func duplicateKey(_ key: String, _ first: SourceLocation) -> Localized {
        Localized(
            en: "duplicate key '\(key)' (first at \(first)); keep one",
            indonesian: "kunci '\(key)' ganda (pertama di \(first)); sisakan satu")
    }
    static func validationSummary(files: Int, invalid: Int, problems: Int) -> Localized {
        Localized(
            en: "\(files) file(s) checked, \(invalid) invalid, \(problems) problem(s)",
            indonesian: "\(files) berkas diperiksa, \(invalid) tidak sah, \(problems) masalah")
    }
}

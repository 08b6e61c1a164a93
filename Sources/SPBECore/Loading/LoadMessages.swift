/// Messages about loading a revision's assessment files.
public enum LoadMessages {
    public static func invalidFramework(_ path: String, _ detail: Localized) -> Localized {
        Localized(
            en: "framework file '\(path)' is invalid: \(detail.en); fix it or remove it to use the built-in one",
            indonesian:
                "berkas kerangka '\(path)' tidak sah: \(detail.indonesian); perbaiki atau hapus agar kerangka bawaan dipakai"
        )
    }

    /// The first thing wrong with a file that failed its check, in both languages.
    static func firstProblem(_ checked: CheckedJSON) -> Localized {
        if let syntax = checked.syntaxError { return syntax.message }
        if let error = checked.schemaErrors.first {
            return Localized(
                en: "\(error.instancePointer): \(error.message.en)",
                indonesian: "\(error.instancePointer): \(error.message.indonesian)"
            )
        }
        return Localized(en: "duplicate keys", indonesian: "kunci ganda")
    }
    public static func unknownFramework(_ id: String, _ path: String) -> Localized {
        let builtIn = BuiltIn.frameworks.map(\.id).map { "'\($0)'" }.joined(separator: ", ")
        return Localized(
            en:
                "unknown framework '\(id)': no '\(path)' in this revision and none built in; add the file or use one built in (\(builtIn))",
            indonesian:
                "kerangka '\(id)' tidak dikenal: tidak ada '\(path)' di revisi ini dan tidak ada bawaan; tambahkan berkasnya atau gunakan yang bawaan (\(builtIn))"
        )
    }
    public static func invalidChecklist(_ path: String, _ detail: Localized) -> Localized {
        Localized(
            en: "checklist file '\(path)' is invalid: \(detail.en); its requirements are not checked until it is fixed",
            indonesian:
                "berkas daftar periksa '\(path)' tidak sah: \(detail.indonesian); persyaratannya tidak diperiksa sampai diperbaiki"
        )
    }
    public static func unscorableManifest(_ path: String) -> Localized {
        Localized(
            en: "'\(path)' is invalid, so its scope cannot be scored",
            indonesian: "'\(path)' tidak sah sehingga lingkupnya tidak dapat dinilai")
    }
}

/// Messages about loading a revision's assessment files.
public enum LoadMessages {
    public static func invalidFramework(_ path: String, _ detail: String) -> Localized {
        Localized(
            en: "framework file '\(path)' is invalid: \(detail); fix it or remove it to use the built-in one",
            id: "berkas kerangka '\(path)' tidak sah: \(detail); perbaiki atau hapus agar kerangka bawaan dipakai")
    }
    public static func unknownFramework(_ id: String, _ path: String) -> Localized {
        Localized(
            en:
                "unknown framework '\(id)': no '\(path)' in this revision and none built in; add the file or use 'spbe-2020'",
            id:
                "kerangka '\(id)' tidak dikenal: tidak ada '\(path)' di revisi ini dan tidak ada bawaan; tambahkan berkasnya atau gunakan 'spbe-2020'"
        )
    }
}

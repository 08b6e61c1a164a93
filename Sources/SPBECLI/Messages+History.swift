import SPBECore

extension Messages {
    static func needTwoCycles(_ tags: [String]) -> Localized {
        let list = tags.isEmpty ? "none" : tags.joined(separator: ", ")
        return Localized(
            en: "give two revisions (spbe diff A B), or tag at least two review cycles as 'cycle/<name>'; cycle tags here: \(list)",
            id: "berikan dua revisi (spbe diff A B), atau tandai paling sedikit dua siklus reviu sebagai 'cycle/<nama>'; tag siklus yang ada: \(list)")
    }
    static let scopeAdded = Localized(en: "scope added", id: "lingkup ditambahkan")
    static let scopeRemoved = Localized(en: "scope removed", id: "lingkup dihapus")
    static let changeHeader = Localized(en: "change", id: "perubahan")
    static let noLevelChanges = Localized(en: "no indicator level changed", id: "tidak ada tingkat indikator yang berubah")
    static let frameworkUnchanged = Localized(en: "framework: unchanged", id: "kerangka: tidak berubah")
    static func frameworkSplit(_ data: String, _ framework: String) -> Localized {
        Localized(
            en: "framework file changed: \(data) from the assessments, \(framework) from the framework (the old data scored under the new framework)",
            id: "berkas kerangka berubah: \(data) dari penilaian, \(framework) dari kerangka (data lama dinilai dengan kerangka baru)")
    }
    static let agenciesAdded = Localized(en: "agencies added", id: "perangkat daerah ditambahkan")
    static let agenciesRemoved = Localized(en: "agencies removed", id: "perangkat daerah dihapus")
    static let movedLabel = Localized(en: "indicators moved", id: "indikator berpindah")
    static let levelsHeader = Localized(en: "levels", id: "tingkat")
    static let evidenceHeader = Localized(en: "evidence +/-/~", id: "data dukung +/-/~")
    static let explanationsHeader = Localized(en: "explanations", id: "penjelasan")
    static let followUpsHeader = Localized(en: "follow-ups opened/closed", id: "tindak lanjut dibuka/ditutup")
    static let fileHeader = Localized(en: "file", id: "berkas")
}

extension Messages {
    static let noCycleTags = Localized(
        en: "no cycle tags: tag each review cycle as 'cycle/<name>' (git tag cycle/2024), or use 'spbe log --commits'",
        id: "tidak ada tag siklus: tandai setiap siklus reviu sebagai 'cycle/<nama>' (git tag cycle/2024), atau gunakan 'spbe log --commits'")
    static func badRange(_ range: String) -> Localized {
        Localized(en: "'\(range)' is not a range; write A..B", id: "'\(range)' bukan rentang; tulis A..B")
    }
    static let revisionHeader = Localized(en: "revision", id: "revisi")
    static let dateHeader = Localized(en: "date", id: "tanggal")
}

import SPBECore

extension Messages {
    static func needTwoCycles(_ tags: [String]) -> Localized {
        let list = tags.isEmpty ? "none" : tags.joined(separator: ", ")
        return Localized(
            en:
                "give two revisions (spbe diff A B), or tag at least two review cycles as 'cycle/<name>'; cycle tags here: \(list)",
            id:
                "berikan dua revisi (spbe diff A B), atau tandai paling sedikit dua siklus reviu sebagai 'cycle/<nama>'; tag siklus yang ada: \(list)"
        )
    }
    static let scopeAdded = Localized(en: "scope added", id: "lingkup ditambahkan")
    static let scopeRemoved = Localized(en: "scope removed", id: "lingkup dihapus")
    static let changeHeader = Localized(en: "change", id: "perubahan")
    static let incompleteMark = Localized(
        en: "! incomplete: some indicators were not assessed and count as 0 ('spbe score --rev REV' lists them)",
        id: "! belum lengkap: ada indikator yang belum dinilai dan dihitung 0 ('spbe score --rev REV' menampilkannya)")
    static let frameworkHeader = Localized(en: "framework", id: "kerangka")
    static let noLevelChanges = Localized(
        en: "no indicator level changed", id: "tidak ada tingkat indikator yang berubah")
    static let frameworkUnchanged = Localized(en: "framework: unchanged", id: "kerangka: tidak berubah")
    static func frameworkSplit(_ data: String, _ framework: String) -> Localized {
        Localized(
            en:
                "framework file changed: \(data) from the assessments, \(framework) from the framework (the old data scored under the new framework)",
            id:
                "berkas kerangka berubah: \(data) dari penilaian, \(framework) dari kerangka (data lama dinilai dengan kerangka baru)"
        )
    }
    static func frameworkSwitched(_ old: String, _ new: String) -> Localized {
        Localized(
            en:
                "framework changed: \(old) → \(new); the two indices are on different scales, so they are not subtracted and no change is attributed",
            id:
                "kerangka berganti: \(old) → \(new); kedua indeks berbeda skala, sehingga tidak dikurangkan dan tidak ada perubahan yang diatribusikan"
        )
    }
    static func endedHeader(_ framework: String) -> Localized {
        Localized(en: "\(framework) (ended)", id: "\(framework) (berakhir)")
    }
    static func beganHeader(_ framework: String) -> Localized {
        Localized(en: "\(framework) (began)", id: "\(framework) (dimulai)")
    }
    static func blameFrameworkStart(_ commit: String, _ old: String, _ new: String) -> Localized {
        Localized(
            en:
                "history starts at \(commit), where the scope moved from \(old) to \(new); earlier cycles had other indicators",
            id:
                "riwayat dimulai pada \(commit), saat lingkup berpindah dari \(old) ke \(new); siklus sebelumnya memakai indikator lain"
        )
    }
    /// What a blame row changed, for the text (JSON keeps the keys).
    static func blameChange(_ key: String) -> Localized {
        switch key {
        case "level": Localized(en: "level", id: "tingkat")
        case "assessor": Localized(en: "assessor", id: "asesor")
        case "explanation": Localized(en: "explanation", id: "penjelasan")
        case "evidence": Localized(en: "evidence", id: "data dukung")
        default: Localized(en: key, id: key)
        }
    }
    static func recommendationCount(_ count: Int) -> Localized {
        Localized(en: "\(count) recommendation(s)", id: "\(count) rekomendasi")
    }
    static func dueBeforeStage(_ stage: String, _ date: String) -> Localized {
        Localized(en: "next stage: \(stage) on \(date)", id: "tahap berikutnya: \(stage) pada \(date)")
    }
    static let queueEmpty = Localized(
        en: "nothing missing, to revise or rejected", id: "tidak ada yang kurang, perlu diperbaiki atau ditolak")
    static let queueMissing = Localized(en: "missing", id: "belum ada")
    static let queueRevise = Localized(en: "revise", id: "perbaiki")
    static let queueRejected = Localized(en: "rejected", id: "ditolak")
    static let queueAccepted = Localized(en: "accepted", id: "diterima")
    static let queueRecommendation = Localized(en: "recommendation", id: "rekomendasi")
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
    static func badRange(_ range: String) -> Localized {
        Localized(en: "'\(range)' is not a range; write A..B", id: "'\(range)' bukan rentang; tulis A..B")
    }
    static let revisionHeader = Localized(en: "revision", id: "revisi")
    static let dateHeader = Localized(en: "date", id: "tanggal")
}

extension Messages {
    static func badBlameTarget(_ target: String) -> Localized {
        Localized(
            en: "'\(target)' is not SCOPE/INDICATOR, e.g. kota-contoh/I12",
            id: "'\(target)' bukan LINGKUP/INDIKATOR, mis. kota-contoh/I12")
    }
    static func unknownIndicatorInScope(_ indicator: String, _ scope: String, known: [String]) -> Localized {
        if let closest = Suggestion.closest(to: indicator, among: known) {
            return Localized(
                en: "'\(indicator)' is not an indicator of scope '\(scope)'s framework; did you mean '\(closest)'?",
                id: "'\(indicator)' bukan indikator kerangka lingkup '\(scope)'; maksud Anda '\(closest)'?")
        }
        let example = known.first ?? ""
        return Localized(
            en: "'\(indicator)' is not an indicator of scope '\(scope)'s framework; use an id such as '\(example)'",
            id: "'\(indicator)' bukan indikator kerangka lingkup '\(scope)'; gunakan id seperti '\(example)'")
    }
    static let authorHeader = Localized(en: "author", id: "penulis")
    static let assessorHeader = Localized(en: "assessors d/i/v", id: "asesor d/i/v")
    static let neverAssessed = Localized(
        en: "no commit has assessed this indicator", id: "belum ada commit yang menilai indikator ini")
}

extension Messages {
    static let sinceLabel = Localized(en: "reviews counted since", id: "reviu dihitung sejak")
    static let reviewedHeader = Localized(en: "reviewed", id: "direviu")
    static let assessedHeader = Localized(en: "assessed", id: "dinilai")
    static let followUpsOpenHeader = Localized(en: "open follow-ups", id: "tindak lanjut terbuka")
    static let lintHeader = Localized(en: "lint", id: "lint")
    static let lastChangeHeader = Localized(en: "last change", id: "perubahan terakhir")
    static let overdueWord = Localized(en: "overdue", id: "terlambat")
    static let yes = Localized(en: "yes", id: "ya")
    static let no = Localized(en: "NO", id: "BELUM")
}

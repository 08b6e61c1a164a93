import SPBECore

extension Messages {
    static func needTwoCycles(_ tags: [String]) -> Localized {
        let list = Messages.list(tags)
        let first = tags.count == 1
        return Localized(
            en:
                "give two revisions (spbe diff A B), or tag at least two review cycles as 'cycle/<name>'; cycle tags here: \(list.en)"
                + (first ? "; in a first cycle, 'spbe log --commits' shows how each commit moved the index" : ""),
            indonesian:
                "berikan dua revisi (spbe diff A B), atau tandai paling sedikit dua siklus reviu sebagai 'cycle/<nama>'; tag siklus yang ada: \(list.indonesian)"
                + (first ? "; pada siklus pertama, 'spbe log --commits' menunjukkan perubahan indeks tiap commit" : "")
        )
    }
    static let scopeAdded = Localized(en: "scope added", indonesian: "lingkup ditambahkan")
    static let scopeRemoved = Localized(en: "scope removed", indonesian: "lingkup dihapus")
    static let changeHeader = Localized(en: "change", indonesian: "perubahan")
    static let incompleteMark = Localized(
        en: "! incomplete: some indicators were not assessed and count as 0 ('spbe score --rev REV' lists them)",
        indonesian:
            "! belum lengkap: ada indikator yang belum dinilai dan dihitung 0 ('spbe score --rev REV' menampilkannya)")
    static let frameworkHeader = Localized(en: "framework", indonesian: "kerangka")
    static let noLevelChanges = Localized(
        en: "no indicator level changed", indonesian: "tidak ada tingkat indikator yang berubah")
    static let frameworkUnchanged = Localized(en: "framework: unchanged", indonesian: "kerangka: tidak berubah")
    static func frameworkSplit(_ data: String, _ framework: String) -> Localized {
        Localized(
            en:
                "framework file changed: \(data) from the assessments, \(framework) from the framework (the old data scored under the new framework)",
            indonesian:
                "berkas kerangka berubah: \(data) dari penilaian, \(framework) dari kerangka (data lama dinilai dengan kerangka baru)"
        )
    }
    static func frameworkSwitched(_ old: String, _ new: String) -> Localized {
        Localized(
            en:
                "framework changed: \(old) → \(new); the two indices are on different scales, so they are not subtracted and no change is attributed",
            indonesian:
                "kerangka berganti: \(old) → \(new); kedua indeks berbeda skala, sehingga tidak dikurangkan dan tidak ada perubahan yang diatribusikan"
        )
    }
    static func endedHeader(_ framework: String) -> Localized {
        Localized(en: "\(framework) (ended)", indonesian: "\(framework) (berakhir)")
    }
    static func beganHeader(_ framework: String) -> Localized {
        Localized(en: "\(framework) (began)", indonesian: "\(framework) (dimulai)")
    }
    static func blameFrameworkStart(_ commit: String, _ old: String, _ new: String) -> Localized {
        Localized(
            en:
                "history starts at \(commit), where the scope moved from \(old) to \(new); earlier cycles had other indicators",
            indonesian:
                "riwayat dimulai pada \(commit), saat lingkup berpindah dari \(old) ke \(new); siklus sebelumnya memakai indikator lain"
        )
    }
    /// What a blame row changed, for the text (JSON keeps the keys).
    static func blameChange(_ key: String) -> Localized {
        switch key {
        case "level": Localized(en: "level", indonesian: "tingkat")
        case "assessor": Localized(en: "assessor", indonesian: "asesor")
        case "explanation": Localized(en: "explanation", indonesian: "penjelasan")
        case "evidence": Localized(en: "evidence", indonesian: "data dukung")
        default: Localized(en: key, indonesian: key)
        }
    }
    static func recommendationCount(_ count: Int) -> Localized {
        Localized(en: "\(count) recommendation(s)", indonesian: "\(count) rekomendasi")
    }
    /// The next of the manifest's stage deadlines (`cycle.stages`: upload, interview, visit, results).
    static func dueBeforeDeadline(_ stage: String, _ date: String) -> Localized {
        let words = ["upload": "unggah", "interview": "interviu", "visit": "visitasi", "results": "pengumuman hasil"]
        return Localized(
            en: "next stage: \(stage) on \(date)", indonesian: "tahap berikutnya: \(words[stage] ?? stage) pada \(date)"
        )
    }
    static let queueEmpty = Localized(
        en: "nothing missing, to revise or rejected", indonesian: "tidak ada yang kurang, perlu diperbaiki atau ditolak"
    )
    static let queueMissing = Localized(en: "missing", indonesian: "belum ada")
    static let queueRevise = Localized(en: "revise", indonesian: "perbaiki")
    static let queueRejected = Localized(en: "rejected", indonesian: "ditolak")
    static let queueAccepted = Localized(en: "accepted", indonesian: "diterima")
    static let queueRecommendation = Localized(en: "recommendation", indonesian: "rekomendasi")
    static let agenciesAdded = Localized(en: "agencies added", indonesian: "perangkat daerah ditambahkan")
    static let agenciesRemoved = Localized(en: "agencies removed", indonesian: "perangkat daerah dihapus")
    static let movedLabel = Localized(en: "indicators moved", indonesian: "indikator berpindah")
    static let levelsHeader = Localized(en: "levels", indonesian: "tingkat")
    static let evidenceHeader = Localized(en: "evidence +/-/~", indonesian: "data dukung +/-/~")
    static let explanationsHeader = Localized(en: "explanations", indonesian: "penjelasan")
    static let followUpsHeader = Localized(en: "follow-ups opened/closed", indonesian: "tindak lanjut dibuka/ditutup")
    static let fileHeader = Localized(en: "file", indonesian: "berkas")
}

extension Messages {
    static func badRange(_ range: String) -> Localized {
        Localized(en: "'\(range)' is not a range; write A..B", indonesian: "'\(range)' bukan rentang; tulis A..B")
    }
    static let revisionHeader = Localized(en: "revision", indonesian: "revisi")
    static let dateHeader = Localized(en: "date", indonesian: "tanggal")
}

extension Messages {
    static func badBlameTarget(_ target: String, example: String?) -> Localized {
        Localized(
            en: "'\(target)' is not SCOPE/INDICATOR" + (example.map { ", e.g. \($0)" } ?? ""),
            indonesian: "'\(target)' bukan LINGKUP/INDIKATOR" + (example.map { ", mis. \($0)" } ?? ""))
    }
    static func unknownIndicatorInScope(_ indicator: String, _ scope: String, known: [String]) -> Localized {
        if let closest = Suggestion.closest(to: indicator, among: known) {
            return Localized(
                en: "'\(indicator)' is not an indicator of scope '\(scope)'s framework; did you mean '\(closest)'?",
                indonesian: "'\(indicator)' bukan indikator kerangka lingkup '\(scope)'; maksud Anda '\(closest)'?")
        }
        let example = known.first ?? ""
        return Localized(
            en: "'\(indicator)' is not an indicator of scope '\(scope)'s framework; use an id such as '\(example)'",
            indonesian: "'\(indicator)' bukan indikator kerangka lingkup '\(scope)'; gunakan id seperti '\(example)'")
    }
    static let authorHeader = Localized(en: "author", indonesian: "penulis")
    static let assessorHeader = Localized(en: "assessors d/i/v", indonesian: "asesor d/i/v")
    static let neverAssessed = Localized(
        en: "no commit has assessed this indicator", indonesian: "belum ada commit yang menilai indikator ini")
}

extension Messages {
    static let sinceLabel = Localized(en: "reviews counted since", indonesian: "reviu dihitung sejak")
    static let reviewedHeader = Localized(en: "reviewed", indonesian: "direviu")
    static let assessedHeader = Localized(en: "assessed", indonesian: "dinilai")
    static let followUpsOpenHeader = Localized(en: "open follow-ups", indonesian: "tindak lanjut terbuka")
    static let lintHeader = Localized(en: "lint", indonesian: "lint")
    static let lastChangeHeader = Localized(en: "last change", indonesian: "perubahan terakhir")
    static let overdueWord = Localized(en: "overdue", indonesian: "terlambat")
    static let yes = Localized(en: "yes", indonesian: "ya")
    static let no = Localized(en: "NO", indonesian: "BELUM")
}

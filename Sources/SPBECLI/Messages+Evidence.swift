import SPBECore

extension Messages {
    static func evidenceRefresh(_ file: String, _ refresh: EvidenceRecords.Refresh, written: Bool) -> Localized {
        guard let new = refresh.new else {
            return Localized(
                en: "\(file): \(refresh.indicator): '\(refresh.path)' does not exist; commit the file or fix the path",
                indonesian:
                    "\(file): \(refresh.indicator): '\(refresh.path)' tidak ada; commit berkasnya atau perbaiki path-nya"
            )
        }
        let verb = written ? ("recorded", "dicatat") : ("should record", "perlu mencatat")
        return Localized(
            en:
                "\(file): \(refresh.indicator): '\(refresh.path)' \(verb.0) sha256 \(new) (was \(refresh.old ?? "none"))",
            indonesian:
                "\(file): \(refresh.indicator): '\(refresh.path)' \(verb.1) sha256 \(new) (sebelumnya \(refresh.old ?? "tidak ada"))"
        )
    }
    static func evidenceSummary(_ count: Int, written: Bool) -> Localized {
        if count == 0 {
            return Localized(
                en: "every evidence sha256 is up to date", indonesian: "semua sha256 data dukung sudah mutakhir")
        }
        return written
            ? Localized(en: "\(count) sha256(s) recorded", indonesian: "\(count) sha256 dicatat")
            : Localized(
                en: "\(count) sha256(s) to record; run 'spbe evidence --write'",
                indonesian: "\(count) sha256 perlu dicatat; jalankan 'spbe evidence --write'")
    }
    static func evidenceNoOwner(_ indicator: String, _ scope: String) -> Localized {
        Localized(
            en: "no agency of '\(scope)' owns indicator '\(indicator)'",
            indonesian: "tidak ada perangkat daerah di lingkup '\(scope)' yang memiliki indikator '\(indicator)'")
    }
    static func evidenceFileOutside(_ file: String) -> Localized {
        Localized(
            en:
                "'\(file)' is not a file inside this repository's working tree; put it there (e.g. under evidence/) first",
            indonesian:
                "'\(file)' bukan berkas di dalam pohon kerja repositori ini; letakkan di sana dulu (mis. di evidence/)"
        )
    }
    static func evidenceFileInvalid(_ path: String) -> Localized {
        Localized(
            en: "'\(path)' cannot take an evidence item without losing what it holds (not JSON, a key written twice, "
                + "or 'indicators' or 'evidence' of another type), so nothing was added",
            indonesian: "'\(path)' tidak dapat menerima data dukung tanpa kehilangan isinya (bukan JSON, kunci ganda, "
                + "atau 'indicators' atau 'evidence' berjenis lain) sehingga tidak ada yang ditambahkan")
    }
    static func evidenceAlreadyCited(_ path: String, _ indicator: String) -> Localized {
        Localized(
            en:
                "'\(path)' is already evidence of \(indicator); after changing the file, 'spbe evidence --write' records its new sha256",
            indonesian:
                "'\(path)' sudah menjadi data dukung \(indicator); setelah berkasnya diganti, 'spbe evidence --write' mencatat sha256 barunya"
        )
    }
    static func agencyFileCreated(_ path: String) -> Localized {
        Localized(
            en: "'\(path)' did not exist yet: created from the template",
            indonesian: "'\(path)' belum ada: dibuat dari templat")
    }
    static func evidenceNewEntry(_ indicator: String) -> Localized {
        Localized(
            en: "'\(indicator)' has no level or explanation yet: fill in \"level\" and \"explanation\" (or use "
                + "'spbe export --worktree --agency' and 'spbe import'); 'spbe lint --worktree' reports them until then",
            indonesian: "'\(indicator)' belum memiliki tingkat dan penjelasan: isi \"level\" dan \"explanation\" (atau "
                + "pakai 'spbe export --worktree --agency' dan 'spbe import'); 'spbe lint --worktree' melaporkannya sampai diisi"
        )
    }
    static func evidenceAdded(_ path: String, _ indicator: String, _ file: String) -> Localized {
        Localized(
            en: "added '\(path)' to \(indicator) in \(file); commit both files",
            indonesian: "'\(path)' ditambahkan ke \(indicator) di \(file); commit kedua berkas")
    }
    static let formFact = Localized(en: "Fact", indonesian: "Fakta")
    static let formAnalysis = Localized(en: "Analysis", indonesian: "Analisis")
    static let formEvidence = Localized(en: "Evidence", indonesian: "Data dukung")
    static func formLength(_ length: Int, _ limit: Int?) -> Localized {
        guard let limit else {
            return Localized(en: "explanation: \(length) characters", indonesian: "penjelasan: \(length) karakter")
        }
        let over = length > limit
        return Localized(
            en: "explanation: \(length) of \(limit) characters"
                + (over ? " — TOO LONG, shorten it by \(length - limit)" : ""),
            indonesian: "penjelasan: \(length) dari \(limit) karakter"
                + (over ? " — TERLALU PANJANG, kurangi \(length - limit)" : ""))
    }
}

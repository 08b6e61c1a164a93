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
                "'\(file)' bukan berkas di dalam working tree repositori ini; letakkan di sana dulu (mis. di evidence/)"
        )
    }
    static func evidenceNoAgencyFile(_ path: String, _ agency: String) -> Localized {
        Localized(
            en:
                "'\(path)' does not exist yet; create it with {\"agency\": \"\(agency)\", \"cycle\": \"<cycle>\", \"indicators\": {}} and the indicator's level and explanation, then add the evidence",
            indonesian:
                "'\(path)' belum ada; buat dengan {\"agency\": \"\(agency)\", \"cycle\": \"<siklus>\", \"indicators\": {}} serta tingkat dan penjelasan indikatornya, lalu tambahkan data dukung"
        )
    }
    static func evidenceNotAssessed(_ indicator: String, _ file: String) -> Localized {
        Localized(
            en: "'\(file)' does not assess '\(indicator)' yet; add its level and explanation first",
            indonesian: "'\(file)' belum menilai '\(indicator)'; isi tingkat dan penjelasannya dulu")
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

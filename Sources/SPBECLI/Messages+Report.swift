import SPBECore

extension Messages {
    static let reportTitle = Localized(
        en: "Digital government maturity report", indonesian: "Laporan evaluasi SPBE / Pemerintah Digital")
    static let trendTitle = Localized(en: "Index over the review cycles", indonesian: "Indeks dari siklus ke siklus")
    static let verificationTitle = Localized(
        en: "Requirements per judged stage", indonesian: "Persyaratan per tahap penilaian")
    static let illustrativeChecklist = Localized(en: "illustrative checklist", indonesian: "daftar periksa ilustratif")
    static let heatMapTitle = Localized(
        en: "Levels per agency and indicator", indonesian: "Tingkat per perangkat daerah dan indikator")
    static let heatMapLegend = Localized(
        en: "Each cell is an indicator the agency owns, coloured by its level (red 1 … green 5; grey: not assessed).",
        indonesian:
            "Setiap sel adalah indikator milik perangkat daerah, diwarnai menurut tingkatnya (merah 1 … hijau 5; abu-abu: belum dinilai)."
    )
    static func changesTitle(_ name: String) -> Localized {
        Localized(en: "Largest changes since \(name)", indonesian: "Perubahan terbesar sejak \(name)")
    }
    static func followUpsTitle(_ count: Int) -> Localized {
        Localized(en: "Open follow-ups (\(count))", indonesian: "Tindak lanjut terbuka (\(count))")
    }
    static let actionHeader = Localized(en: "action", indonesian: "tindakan")
    static let dueHeader = Localized(en: "due", indonesian: "tenggat")
    static let targetHeader = Localized(en: "target level", indonesian: "tingkat sasaran")
}

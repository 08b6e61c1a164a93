import SPBECore

extension Messages {
    static func badTarget(_ text: String) -> Localized {
        Localized(en: "'\(text)' is not an index like 3.5", id: "'\(text)' bukan indeks seperti 3.5")
    }
    static func goalTarget(_ value: String) -> Localized {
        Localized(en: "goal: index \(value)", id: "sasaran: indeks \(value)")
    }
    static func goalBand(_ name: String, _ value: String) -> Localized {
        Localized(
            en: "goal: predikat \(name) (exact index \(value))", id: "sasaran: predikat \(name) (indeks eksak \(value))"
        )
    }
    static let goalTop = Localized(en: "already in the highest predikat", id: "sudah di predikat tertinggi")
    static let goalReached = Localized(en: "the goal is already reached", id: "sasaran sudah tercapai")
    static let goalUnreachable = Localized(
        en: "even every indicator at the top level does not reach the goal",
        id: "bahkan semua indikator di tingkat tertinggi tidak mencapai sasaran")
    static func stepCount(_ count: Int) -> Localized {
        Localized(
            en: "\(count) step(s), each one level of one indicator (or up to the top), largest gains first:",
            id:
                "\(count) langkah, masing-masing satu tingkat satu indikator (atau sampai puncak), tambahan terbesar lebih dulu:"
        )
    }
    static let indexAfterHeader = Localized(en: "index after", id: "indeks sesudah")
    static let stepsHeader = Localized(en: "steps", id: "langkah")
    static let gainHeader = Localized(en: "gain", id: "kenaikan")
    static func stepWork(_ requirements: [String]) -> Localized {
        Localized(
            en: "needs: \(requirements.joined(separator: ", "))", id: "perlu: \(requirements.joined(separator: ", "))")
    }
}

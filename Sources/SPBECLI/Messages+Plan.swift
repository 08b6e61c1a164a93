import SPBECore

extension Messages {
    static func badTarget(_ text: String) -> Localized {
        Localized(en: "'\(text)' is not an index like 3.5", indonesian: "'\(text)' bukan indeks seperti 3.5")
    }
    static func goalTarget(_ value: String) -> Localized {
        Localized(en: "goal: index \(value)", indonesian: "sasaran: indeks \(value)")
    }
    static func goalBand(_ name: String, _ value: String) -> Localized {
        Localized(
            en: "goal: predikat \(name) (exact index \(value))",
            indonesian: "sasaran: predikat \(name) (indeks eksak \(value))"
        )
    }
    static let goalTop = Localized(en: "already in the highest predikat", indonesian: "sudah di predikat tertinggi")
    static let goalReached = Localized(en: "the goal is already reached", indonesian: "sasaran sudah tercapai")
    static func goalUnreachable(agency: String?) -> Localized {
        guard let agency else {
            return Localized(
                en: "even every indicator at the top level does not reach the goal",
                indonesian: "bahkan semua indikator di tingkat tertinggi tidak mencapai sasaran")
        }
        return Localized(
            en:
                "even every indicator of \(agency) at the top level does not reach the goal alone; the steps below are its share",
            indonesian:
                "bahkan semua indikator \(agency) di tingkat tertinggi tidak mencapai sasaran sendirian; langkah di bawah adalah bagiannya"
        )
    }
    static func stepCount(_ count: Int) -> Localized {
        Localized(
            en: "\(count) step(s), each one level of one indicator (or up to the top), largest gains first:",
            indonesian:
                "\(count) langkah, masing-masing satu tingkat satu indikator (atau sampai puncak), tambahan terbesar lebih dulu:"
        )
    }
    static let indexAfterHeader = Localized(en: "index after", indonesian: "indeks sesudah")
    static let stepsHeader = Localized(en: "steps", indonesian: "langkah")
    static let gainHeader = Localized(en: "gain", indonesian: "kenaikan")
    static func stepWork(_ requirements: [String]) -> Localized {
        Localized(
            en: "needs: \(requirements.joined(separator: ", "))",
            indonesian: "perlu: \(requirements.joined(separator: ", "))")
    }
    static func targetOutOfRange(_ target: Rational, _ min: Level, _ max: Level, _ framework: String) -> Localized {
        let value = target.exactDecimal ?? target.rounded(4)
        return Localized(
            en: "--target \(value) is outside \(framework)'s index range \(min)–\(max)",
            indonesian: "--target \(value) di luar rentang indeks \(framework) \(min)–\(max)")
    }
}

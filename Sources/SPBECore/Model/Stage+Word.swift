extension Stage {
    /// The stage as output names it: its id in English, a word in Indonesian (`tahap akhir`, not `tahap final`;
    /// `interviu` as the regulation writes it).
    public var word: Localized {
        let words: [Stage: String] = [
            .self: "mandiri", .document: "dokumen", .interview: "interviu", .visit: "visitasi", .final: "akhir",
        ]
        return Localized(en: rawValue, indonesian: words[self] ?? rawValue)
    }
}

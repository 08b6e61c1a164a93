import SPBECore

/// The lines import prints per indicator it changes (`bappeda: P06 2.26 → 2.75; explanation changed`).
extension Messages {
    static func importLevelChange(_ old: String?, _ new: String) -> Localized {
        guard let old else { return Localized(en: "new: \(new)", indonesian: "baru: \(new)") }
        return Localized(en: "\(old) → \(new)", indonesian: "\(old) → \(new)")
    }

    static let importExplanationChanged = Localized(en: "explanation changed", indonesian: "penjelasan berubah")

    static func importListChange(_ kind: SheetLayout.Kind, _ counts: ImportMerge.Counts) -> Localized {
        let noun: (String, String) =
            switch kind {
            case .evidence: ("evidence item(s)", "data dukung")
            case .followUps: ("follow-up(s)", "tindak lanjut")
            default: ("recommendation(s)", "rekomendasi")
            }
        let parts = [
            (counts.added, "added", "ditambah"), (counts.changed, "changed", "diubah"),
            (counts.removed, "removed", "dihapus"),
        ].filter { $0.0 > 0 }
        let en = parts.enumerated().map { index, part in
            index == 0 ? "\(part.0) \(noun.0) \(part.1)" : "\(part.0) \(part.1)"
        }
        return Localized(
            en: en.joined(separator: ", "),
            indonesian: "\(noun.1) " + parts.map { "\($0.0) \($0.2)" }.joined(separator: ", "))
    }

    static func importStageChange(_ stage: Stage, _ old: String?, _ new: String?) -> Localized {
        let name = stageName(stage)
        return Localized(
            en: "\(name.en) \(old ?? "–") → \(new ?? "–")",
            indonesian: "\(name.indonesian) \(old ?? "–") → \(new ?? "–")")
    }

    static func importNotesChanged(_ stage: Stage) -> Localized {
        let name = stageName(stage)
        return Localized(en: "\(name.en) notes changed", indonesian: "catatan \(name.indonesian) berubah")
    }

    static func importVerdictsChanged(_ stage: Stage) -> Localized {
        let name = stageName(stage)
        return Localized(en: "\(name.en) verdicts changed", indonesian: "putusan \(name.indonesian) berubah")
    }

    /// A stage as the change lines name it: English says which review, Indonesian the stage's word.
    private static func stageName(_ stage: Stage) -> Localized {
        let english: [Stage: String] = [.document: "document review", .visit: "site visit", .self: "self-assessment"]
        return Localized(en: english[stage] ?? stage.rawValue, indonesian: stage.word.indonesian)
    }
}

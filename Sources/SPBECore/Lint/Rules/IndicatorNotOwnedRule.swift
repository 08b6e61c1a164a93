/// `indicator-not-owned`: an agency assesses only the indicators the manifest gives it; a level for another
/// agency's indicator would be ignored by the score and is usually a copy-paste mistake.
struct IndicatorNotOwnedRule: LintRule {
    static let id = "indicator-not-owned"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "an agency file holds only indicators its agency owns",
        indonesian: "berkas perangkat daerah hanya memuat indikator miliknya")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {1️⃣"Q1": {"level": 1, "explanation": "x"}}}
            """
        ]),
        .passes([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 1, "explanation": "x"}}}
            """
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let manifest = file.manifest, let framework = file.framework,
                let agency = manifest.agency(file.assessment.agency)
            else { continue }
            for indicator in file.assessment.indicators
            where framework.indicator(indicator.id) != nil && !agency.indicators.contains(indicator.id) {
                let owner = manifest.owner(of: indicator.id)?.id ?? "-"
                findings.append(
                    Finding(
                        rule: id, path: file.file.path, anchor: .key(JSONPointer(["indicators", indicator.id])),
                        message: Localized(
                            en: "'\(indicator.id)' belongs to '\(owner)', not '\(agency.id)'; remove it from this file",
                            indonesian:
                                "'\(indicator.id)' milik '\(owner)', bukan '\(agency.id)'; hapus dari berkas ini")))
            }
        }
    }
}

/// `evidence-required`: a level of 2 or more is a claim the assessors check against data dukung; without any,
/// the document review will fall back to level 1.
struct EvidenceRequiredRule: LintRule {
    static let id = "evidence-required"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "a level of 2 or more needs evidence", indonesian: "tingkat 2 atau lebih memerlukan data dukung")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 1️⃣3, "explanation": "x"}}}
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
            for indicator in file.assessment.indicators where indicator.level >= Level(2) && indicator.evidence.isEmpty
            {
                findings.append(
                    Finding(
                        rule: id, path: file.file.path,
                        anchor: .value(JSONPointer(["indicators", indicator.id, "level"])),
                        message: Localized(
                            en:
                                "level \(indicator.level) of '\(indicator.id)' has no evidence; add items to 'evidence' or lower the level",
                            indonesian:
                                "tingkat \(indicator.level) pada '\(indicator.id)' tidak memiliki data dukung; tambahkan 'evidence' atau turunkan tingkatnya"
                        )))
            }
        }
    }
}

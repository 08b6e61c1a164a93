/// `follow-up-target-level`: an open follow-up aims above where the indicator stands now (its final level:
/// the last assessor's, else the self-assessment); a target at or below it is already met or a typo.
struct FollowUpTargetRule: LintRule {
    static let id = "follow-up-target-level"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "an open follow-up's targetLevel must exceed the current level",
        indonesian: "targetLevel tindak lanjut terbuka harus melebihi tingkat saat ini")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 2, "explanation": "x",
              "evidence": [{"title": "Portal", "kind": "url", "url": "https://desa.go.id"}],
              "followUp": [{"action": "Tambah transaksi", "status": "open", "targetLevel": 1️⃣2}]}}}
            """
        ]),
        .passes([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 2, "explanation": "x",
              "evidence": [{"title": "Portal", "kind": "url", "url": "https://desa.go.id"}],
              "followUp": [{"action": "Tambah transaksi", "status": "open", "targetLevel": 3}]}}}
            """
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            for indicator in file.assessment.indicators {
                for (index, followUp) in indicator.followUps.enumerated() where followUp.isOpen {
                    let current = indicator.level(at: .final)
                    guard let target = followUp.targetLevel, target <= current else { continue }
                    findings.append(
                        Finding(
                            rule: id, path: file.file.path,
                            anchor: .value(
                                JSONPointer(["indicators", indicator.id, "followUp", String(index), "targetLevel"])),
                            message: Localized(
                                en:
                                    "targetLevel \(target) does not exceed the current level \(current); aim higher or close the follow-up",
                                indonesian:
                                    "targetLevel \(target) tidak melebihi tingkat saat ini \(current); naikkan sasaran atau tutup tindak lanjutnya"
                            )))
                }
            }
        }
    }
}

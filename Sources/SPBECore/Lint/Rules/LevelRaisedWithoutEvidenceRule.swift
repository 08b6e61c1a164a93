/// `level-raised-without-evidence`: a level raised by up to one level since the base revision with no new or changed
/// evidence; often fine (the evidence was already there), so only a warning.
struct LevelRaisedWithoutEvidenceRule: LintRule {
    static let id = "level-raised-without-evidence"
    static let defaultSeverity = Severity.warning
    static let summary = Localized(
        en: "with --base: a level raised by one step comes with new or changed evidence",
        indonesian: "dengan --base: tingkat yang naik satu langkah disertai data dukung baru atau berubah")
    static let examples: [RuleExample] = [
        .triggers(
            [
                "assessments/desa/sekretariat.json": LevelJumpRule.sekretariat(
                    level: 3, explanation: "Fakta: SK ada. Analisis: terkelola.", marker: "1️⃣")
            ],
            base: [
                "assessments/desa/sekretariat.json": LevelJumpRule.sekretariat(
                    level: 2, explanation: "Fakta: SK ada. Analisis: terkelola.", marker: "")
            ]),
        .passes(
            [
                "assessments/desa/sekretariat.json": LevelJumpRule.sekretariat(
                    level: 3, explanation: "Fakta: SK ada. Analisis: terdefinisi.", marker: "")
            ], base: [:]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for pair in ChangeComparison.pairs(context) {
            for indicator in pair.head.assessment.indicators {
                guard let old = pair.base.indicator(indicator.id), indicator.level > old.level,
                    indicator.level - old.level <= Level(1),
                    !ChangeComparison.evidenceChanged(indicator, old)
                else { continue }
                findings.append(
                    Finding(
                        rule: id, path: pair.head.file.path,
                        anchor: .value(JSONPointer(["indicators", indicator.id, "level"])),
                        message: Localized(
                            en:
                                "'\(indicator.id)' rises from \(old.level) to \(indicator.level) with no new or changed evidence; add the evidence for level \(indicator.level)",
                            indonesian:
                                "'\(indicator.id)' naik dari \(old.level) ke \(indicator.level) tanpa data dukung baru atau berubah; tambahkan data dukung untuk tingkat \(indicator.level)"
                        )))
            }
        }
    }
}

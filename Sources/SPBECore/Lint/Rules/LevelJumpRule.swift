/// `level-jump-unsupported`: raising a level by more than one step since the base revision needs both a
/// rewritten explanation and new or changed evidence; assessors reject jumps that carry neither.
struct LevelJumpRule: LintRule {
    static let id = "level-jump-unsupported"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "with --base: a level raised by 2 or more needs a changed explanation and new or changed evidence",
        indonesian:
            "dengan --base: tingkat yang naik 2 atau lebih memerlukan penjelasan yang diubah dan data dukung baru atau berubah"
    )
    static let examples: [RuleExample] = [
        .triggers(
            [
                "assessments/desa/sekretariat.json": sekretariat(
                    level: 4, explanation: "Fakta: SK ada. Analisis: terkelola.", marker: "1️⃣")
            ], base: [:]),
        .passes(
            [
                "assessments/desa/sekretariat.json": sekretariat(
                    level: 2, explanation: "Fakta: SK ada. Analisis: terkelola.", marker: "")
            ], base: [:]),
    ]

    static func sekretariat(level: Int, explanation: String, marker: String) -> String {
        """
        {"agency": "sekretariat", "cycle": "2026", "indicators": {
          "Q1": {"level": 1, "explanation": "Fakta: belum ada. Analisis: rintisan."},
          "Q2": {"level": \(marker)\(level), "explanation": "\(explanation)",
                 "evidence": [{"title": "SK Kepala Desa", "kind": "decree", "url": "https://desa.go.id/sk.pdf", "date": "2026-02-01"},
                              {"title": "Reviu", "kind": "report", "url": "https://desa.go.id/reviu.pdf", "date": "2026-06-01"}]}}}
        """
    }

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for pair in ChangeComparison.pairs(context) {
            for indicator in pair.head.assessment.indicators {
                // A value the framework does not allow is level-out-of-range's to report, not a jump.
                guard let old = pair.base.indicator(indicator.id), indicator.level - old.level > Level(1),
                    pair.head.framework?.values.allows(indicator.level) ?? true
                else { continue }
                let explained = indicator.explanation != old.explanation
                let evidenced = ChangeComparison.evidenceChanged(indicator, old)
                guard !(explained && evidenced) else { continue }
                var missing: [String] = []
                if !explained { missing.append("explanation") }
                if !evidenced { missing.append("evidence") }
                let list = missing.joined(separator: " and ")
                findings.append(
                    Finding(
                        rule: id, path: pair.head.file.path,
                        anchor: .value(JSONPointer(["indicators", indicator.id, "level"])),
                        message: Localized(
                            en:
                                "'\(indicator.id)' rises from \(old.level) to \(indicator.level) without a changed \(list); update the \(list) to support the new level",
                            indonesian:
                                "'\(indicator.id)' naik dari \(old.level) ke \(indicator.level) tanpa perubahan \(list == "explanation" ? "penjelasan" : list == "evidence" ? "data dukung" : "penjelasan dan data dukung"); perbarui agar mendukung tingkat baru"
                        )))
            }
        }
    }
}

/// `level-above-evidence`: the cumulative rule, computed. A self-assessed level counts only when the main
/// requirements of it and of every level below have evidence; a level above that is named with what is missing.
struct LevelAboveEvidenceRule: LintRule {
    static let id = "level-above-evidence"
    static let defaultSeverity = Severity.warning
    static let summary = Localized(
        en: "a self-assessed level has evidence for the main requirements of it and of every level below",
        indonesian:
            "tingkat penilaian mandiri memiliki data dukung untuk persyaratan utama tingkat itu dan semua tingkat di bawahnya"
    )
    static let examples: [RuleExample] = [
        .triggers([
            "schemas/checklists/mini.json": ExampleRepository.checklist,
            "assessments/desa/sekretariat.json": ExampleRepository.sekretariat(satisfies: "\"L1-01\""),
        ]),
        .passes([
            "schemas/checklists/mini.json": ExampleRepository.checklist,
            "assessments/desa/sekretariat.json": ExampleRepository.sekretariat(satisfies: "\"L1-01\", \"L2-01\""),
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let checklist = file.scope.framework?.checklist else { continue }
            for indicator in file.assessment.indicators {
                guard let coverage = checklist.coverage(of: indicator), coverage.isShort else { continue }
                let reached = coverage.reached
                let missing = coverage.missing.map(\.id).joined(separator: ", ")
                findings.append(
                    Finding(
                        rule: id, path: file.file.path,
                        anchor: .value(JSONPointer(["indicators", indicator.id, "level"])),
                        message: Localized(
                            en:
                                "\(indicator.id) claims level \(indicator.level), but its evidence covers level \(reached) (cumulative rule); missing: \(missing)",
                            indonesian:
                                "\(indicator.id) mengklaim tingkat \(indicator.level), tetapi data dukungnya mencakup tingkat \(reached) (aturan kumulatif); belum ada: \(missing)"
                        )))
            }
        }
    }
}

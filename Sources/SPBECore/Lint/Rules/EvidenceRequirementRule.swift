/// `evidence-requirement`: where the indicator has a checklist, each evidence item names the requirements it
/// satisfies (`satisfies`), and those ids exist for that indicator.
struct EvidenceRequirementRule: LintRule {
    static let id = "evidence-requirement"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "evidence names requirements of its indicator's checklist (and names some, where a checklist exists)",
        indonesian:
            "data dukung menyebut persyaratan dari daftar periksa indikatornya (dan menyebutnya, bila ada daftar periksa)"
    )
    static let examples: [RuleExample] = [
        .triggers([
            "schemas/checklists/mini.json": ExampleRepository.checklist,
            "assessments/desa/sekretariat.json": ExampleRepository.sekretariat(satisfies: "\"Q2-L9\""),
        ]),
        .triggers([
            "schemas/checklists/mini.json": ExampleRepository.checklist,
            "assessments/desa/sekretariat.json": ExampleRepository.sekretariat(satisfies: nil),
        ]),
        .passes([
            "schemas/checklists/mini.json": ExampleRepository.checklist,
            "assessments/desa/sekretariat.json": ExampleRepository.sekretariat(satisfies: "\"L1-01\", \"L2-01\""),
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let checklist = file.scope.framework?.checklist else { continue }
            for indicator in file.assessment.indicators where !checklist.of(indicator.id).isEmpty {
                for (index, item) in indicator.evidence.enumerated() {
                    let pointer = JSONPointer(["indicators", indicator.id, "evidence", String(index)])
                    if item.satisfies.isEmpty {
                        findings.append(
                            Finding(
                                rule: id, path: file.file.path, anchor: .value(pointer.appending("title")),
                                message: Localized(
                                    en:
                                        "'\(item.title)' satisfies no requirement of \(indicator.id); list them in 'satisfies' (e.g. \(checklist.of(indicator.id)[0].id))",
                                    indonesian:
                                        "'\(item.title)' tidak memenuhi persyaratan \(indicator.id) mana pun; sebutkan di 'satisfies' (mis. \(checklist.of(indicator.id)[0].id))"
                                )))
                    }
                    for (position, requirement) in item.satisfies.enumerated()
                    where checklist.requirement(requirement, of: indicator.id) == nil {
                        let known = checklist.of(indicator.id).map(\.id).joined(separator: ", ")
                        findings.append(
                            Finding(
                                rule: id, path: file.file.path,
                                anchor: .value(pointer.appending("satisfies").appending(position)),
                                message: Localized(
                                    en:
                                        "'\(requirement)' is not a requirement of \(indicator.id); its requirements: \(known)",
                                    indonesian:
                                        "'\(requirement)' bukan persyaratan \(indicator.id); persyaratannya: \(known)"))
                        )
                    }
                }
            }
        }
    }
}

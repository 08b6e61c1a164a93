/// `assessor-verdicts`: a stage's recorded assessor level agrees with that stage's verdicts per requirement under
/// the cumulative rule (a level counts when its main requirements and those of every level below are accepted;
/// a rejected one rejects every level above it).
struct AssessorVerdictRule: LintRule {
    static let id = "assessor-verdicts"
    static let defaultSeverity = Severity.warning
    static let summary = Localized(
        en: "a recorded assessor level agrees with that stage's verdicts (cumulative rule)",
        indonesian: "tingkat asesor yang tercatat sesuai dengan putusan tahap itu (aturan kumulatif)")
    static let examples: [RuleExample] = [
        .triggers([
            "schemas/checklists/mini.json": ExampleRepository.checklist,
            "assessments/desa/sekretariat.json": judged(
                level: 2, verdicts: "\"L1-01\": \"accepted\", \"L2-01\": \"revise\""),
        ]),
        .passes([
            "schemas/checklists/mini.json": ExampleRepository.checklist,
            "assessments/desa/sekretariat.json": judged(
                level: 2, verdicts: "\"L1-01\": \"accepted\", \"L2-01\": \"accepted\""),
        ]),
    ]

    /// Sekretariat's Q2 with a document level and document-stage verdicts.
    static func judged(level: Int, verdicts: String) -> String {
        ExampleRepository.sekretariat(satisfies: "\"L1-01\", \"L2-01\"").replacingOccurrences(
            "\"level\": 2, \"explanation\": \"Fakta: SK ada. Analisis: terkelola.\",",
            "\"level\": 2, \"explanation\": \"Fakta: SK ada. Analisis: terkelola.\", \"assessor\": {\"document\": 1️⃣\(level), \"verdicts\": {\"document\": {\(verdicts)}}},"
        )
    }

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let checklist = file.scope.framework?.checklist else { continue }
            for indicator in file.assessment.indicators where !checklist.of(indicator.id).isEmpty {
                let stages: [(Stage, Level?)] = [
                    (.document, indicator.document), (.interview, indicator.interview), (.visit, indicator.visit),
                ]
                for (stage, recorded) in stages {
                    guard let recorded, let verdicts = indicator.review.verdicts[stage] else { continue }
                    let (reached, cascaded) = checklist.judged(indicator.id, verdicts: verdicts)
                    let top = checklist.of(indicator.id).filter(\.main).map(\.level).max() ?? 0
                    let claimed = recorded.wholePart
                    guard reached < min(claimed, top) || claimed < reached else { continue }
                    let rejected =
                        cascaded.isEmpty
                        ? "" : "; rejected with a lower level: " + cascaded.map(\.id).joined(separator: ", ")
                    let rejectedID =
                        cascaded.isEmpty
                        ? "" : "; ditolak bersama tingkat di bawahnya: " + cascaded.map(\.id).joined(separator: ", ")
                    findings.append(
                        Finding(
                            rule: id, path: file.file.path,
                            anchor: .value(JSONPointer(["indicators", indicator.id, "assessor", stage.rawValue])),
                            message: Localized(
                                en:
                                    "the \(stage.rawValue) level \(recorded) of \(indicator.id) contradicts that stage's verdicts, which reach level \(reached)\(rejected)",
                                indonesian:
                                    "tingkat \(stage.word.indonesian) \(recorded) pada \(indicator.id) tidak sesuai dengan putusan tahap itu, yang mencapai tingkat \(reached)\(rejectedID)"
                            )))
                }
            }
        }
    }
}

/// `explanation-too-long`: the official application cuts an explanation at the length the manifest sets
/// (`form.explanationLimit`); what is cut is lost to the assessors, so it is found before the upload, not by it.
struct ExplanationLengthRule: LintRule {
    static let id = "explanation-too-long"
    static let defaultSeverity = Severity.warning
    static let summary = Localized(
        en: "an explanation fits the manifest's form.explanationLimit (characters)",
        indonesian: "penjelasan muat dalam form.explanationLimit manifes (karakter)")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/instansi.json": ExampleRepository.manifest(
                extra: ", \"form\": {\"explanationLimit\": 40}"),
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 1, "explanation": 1️⃣"Fakta: portal desa ada dan dipakai warga setiap hari."}}}
            """,
        ]),
        .passes([
            "assessments/desa/instansi.json": ExampleRepository.manifest(
                extra: ", \"form\": {\"explanationLimit\": 40}"),
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 1, "explanation": "Portal ada"}}}
            """,
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let limit = file.scope.manifest?.explanationLimit else { continue }
            for indicator in file.assessment.indicators where indicator.explanation.count > limit {
                let length = indicator.explanation.count
                findings.append(
                    Finding(
                        rule: id, path: file.file.path,
                        anchor: .value(JSONPointer(["indicators", indicator.id, "explanation"])),
                        message: Localized(
                            en:
                                "the explanation of '\(indicator.id)' has \(length) characters, \(length - limit) more than the form's limit of \(limit); shorten it",
                            indonesian:
                                "penjelasan '\(indicator.id)' berisi \(length) karakter, \(length - limit) lebih dari batas formulir \(limit); persingkat"
                        )))
            }
        }
    }
}

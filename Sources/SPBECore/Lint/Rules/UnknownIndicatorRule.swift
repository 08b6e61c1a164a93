/// `unknown-indicator`: indicator ids in a manifest or an agency file must exist in the scope's framework;
/// a typo (`I7` for `I07`) would otherwise leave the real indicator unassessed.
struct UnknownIndicatorRule: LintRule {
    static let id = "unknown-indicator"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "indicator ids must exist in the framework", indonesian: "id indikator harus ada di kerangka")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {1️⃣"Q9": {"level": 1, "explanation": "x"}}}
            """
        ]),
        .triggers([
            "assessments/desa/instansi.json": ExampleRepository.manifest(
                agencies: """
                    {"sekretariat": {"name": "S", "maintainers": ["s@desa.go.id"], "indicators": ["Q1", "Q2"]},
                     "pelayanan": {"name": "P", "maintainers": ["p@desa.go.id"], "indicators": ["Q3", 1️⃣"q3"]}}
                    """)
        ]),
        .passes([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 1, "explanation": "x"}}}
            """
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for scope in context.revision.scopes {
            guard let manifest = scope.manifest, let framework = scope.framework?.framework else { continue }
            for agency in manifest.agencies {
                for (index, indicator) in agency.indicators.enumerated() where framework.indicator(indicator) == nil {
                    findings.append(
                        Finding(
                            rule: id, path: scope.manifestFile.path,
                            anchor: .value(JSONPointer(["agencies", agency.id, "indicators", String(index)])),
                            message: message(indicator, framework)))
                }
            }
        }
        for file in context.agencyFiles {
            guard let framework = file.framework else { continue }
            for indicator in file.assessment.indicators where framework.indicator(indicator.id) == nil {
                findings.append(
                    Finding(
                        rule: id, path: file.file.path, anchor: .key(JSONPointer(["indicators", indicator.id])),
                        message: message(indicator.id, framework)))
            }
        }
    }

    private static func message(_ indicator: String, _ framework: Framework) -> Localized {
        Localized(
            en:
                "'\(indicator)' is not an indicator of framework '\(framework.id)'; use an id such as '\(framework.indicators[0].id)'",
            indonesian:
                "'\(indicator)' bukan indikator kerangka '\(framework.id)'; gunakan id seperti '\(framework.indicators[0].id)'"
        )
    }
}

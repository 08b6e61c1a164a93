/// `evidence-service-screenshot`: indicators of kind `service` (spbe-2020's domain 4) are judged on the running service, so every
/// level from 2 up needs a screenshot or the service's URL.
struct ServiceScreenshotRule: LintRule {
    static let id = "evidence-service-screenshot"
    static let defaultSeverity = Severity.warning
    static let indicatorKind: String? = "service"
    static let summary = Localized(
        en: "service indicators at level 2+ include a screenshot or URL",
        indonesian: "indikator layanan tingkat 2+ menyertakan tangkapan layar atau URL")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 1️⃣2, "explanation": "x",
              "evidence": [{"title": "SK layanan", "kind": "decree", "url": "https://desa.go.id/sk.pdf"}]}}}
            """
        ]),
        .passes([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 2, "explanation": "x",
              "evidence": [{"title": "SK layanan", "kind": "decree", "url": "https://desa.go.id/sk.pdf"},
                           {"title": "Layanan", "kind": "screenshot", "url": "https://desa.go.id/layanan.png"}]}}}
            """
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let framework = file.framework else { continue }
            for indicator in file.assessment.indicators where indicator.level >= Level(2) && !indicator.evidence.isEmpty
            {
                guard framework.indicator(indicator.id)?.kind == "service" else { continue }
                guard !indicator.evidence.contains(where: { $0.kind == .screenshot || $0.kind == .url }) else {
                    continue
                }
                findings.append(
                    Finding(
                        rule: id, path: file.file.path,
                        anchor: .value(JSONPointer(["indicators", indicator.id, "level"])),
                        message: Localized(
                            en:
                                "service level \(indicator.level) needs evidence of kind 'screenshot' or 'url' showing the service",
                            indonesian:
                                "tingkat layanan \(indicator.level) memerlukan data dukung berjenis 'screenshot' atau 'url' yang menunjukkan layanannya"
                        )))
            }
        }
    }
}

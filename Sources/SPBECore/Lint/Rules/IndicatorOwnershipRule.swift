/// `indicator-ownership`: every indicator of the framework is owned by exactly one agency in the manifest,
/// so each has one file responsible for it and none is silently counted as 0.
struct IndicatorOwnershipRule: LintRule {
    static let id = "indicator-ownership"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "every framework indicator is owned by exactly one agency",
        indonesian: "setiap indikator kerangka dimiliki tepat satu perangkat daerah")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/instansi.json": ExampleRepository.manifest(
                agencies: """
                    {"sekretariat": {"name": "S", "maintainers": ["s@desa.go.id"], "indicators": ["Q1", "Q2"]},
                     "pelayanan": {"name": "P", "maintainers": ["p@desa.go.id"], "indicators": ["Q3", 1️⃣"Q2"]}}
                    """)
        ]),
        .triggers([
            "assessments/desa/instansi.json": ExampleRepository.manifest(
                agencies: """
                    {"sekretariat": {"name": "S", "maintainers": ["s@desa.go.id"], "indicators": ["Q1", "Q2"]}}
                    """)
        ]),
        .passes([
            "assessments/desa/instansi.json": ExampleRepository.manifest(
                agencies: """
                    {"sekretariat": {"name": "S", "maintainers": ["s@desa.go.id"], "indicators": ["Q1"]},
                     "pelayanan": {"name": "P", "maintainers": ["p@desa.go.id"], "indicators": ["Q3", "Q2"]}}
                    """)
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for scope in context.revision.scopes {
            guard let manifest = scope.manifest, let framework = scope.framework?.framework else { continue }
            var owners: [String: String] = [:]
            for agency in manifest.agencies {
                for (index, indicator) in agency.indicators.enumerated() where framework.indicator(indicator) != nil {
                    if let first = owners[indicator] {
                        findings.append(
                            Finding(
                                rule: id, path: scope.manifestFile.path,
                                anchor: .value(JSONPointer(["agencies", agency.id, "indicators", String(index)])),
                                message: Localized(
                                    en:
                                        "indicator '\(indicator)' is owned by '\(first)' and '\(agency.id)'; keep it with one agency",
                                    indonesian:
                                        "indikator '\(indicator)' dimiliki '\(first)' dan '\(agency.id)'; biarkan pada satu perangkat daerah"
                                )))
                    } else {
                        owners[indicator] = agency.id
                    }
                }
            }
            let unowned = framework.indicators.map(\.id).filter { owners[$0] == nil }
            guard !unowned.isEmpty else { continue }
            let list = unowned.joined(separator: ", ")
            findings.append(
                Finding(
                    rule: id, path: scope.manifestFile.path, anchor: .key(JSONPointer(["agencies"])),
                    message: Localized(
                        en: "no agency owns \(list); add each to one agency's 'indicators'",
                        indonesian:
                            "tidak ada perangkat daerah yang memiliki \(list); tambahkan masing-masing ke 'indicators' satu perangkat daerah"
                    )))
        }
    }
}

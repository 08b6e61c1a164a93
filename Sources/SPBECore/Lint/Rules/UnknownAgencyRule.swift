/// `unknown-agency`: an agency file must belong to an agency listed in the manifest; otherwise nobody owns it
/// and its levels never count.
struct UnknownAgencyRule: LintRule {
    static let id = "unknown-agency"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "an agency file's agency must be listed in the manifest",
        indonesian: "perangkat daerah pada berkas harus tercantum di manifes")
    static let examples: [RuleExample] = [
        .triggers(["assessments/desa/dinsos.json": "{\"agency\": 1️⃣\"dinsos\", \"cycle\": \"2026\", \"indicators\": {}}"]
        ),
        .passes([
            "assessments/desa/instansi.json": ExampleRepository.manifest(
                agencies: """
                    {"sekretariat": {"name": "S", "maintainers": ["s@desa.go.id"], "indicators": ["Q1", "Q2"]},
                     "pelayanan": {"name": "P", "maintainers": ["p@desa.go.id"], "indicators": ["Q3"]},
                     "dinsos": {"name": "D", "maintainers": ["d@desa.go.id"], "indicators": []}}
                    """),
            "assessments/desa/dinsos.json": "{\"agency\": \"dinsos\", \"cycle\": \"2026\", \"indicators\": {}}",
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let manifest = file.manifest, manifest.agency(file.assessment.agency) == nil else { continue }
            findings.append(
                Finding(
                    rule: id, path: file.file.path, anchor: .value(JSONPointer(["agency"])),
                    message: Localized(
                        en:
                            "agency '\(file.assessment.agency)' is not in \(file.scope.manifestFile.path); ask the coordinator to add it, or fix 'agency'",
                        indonesian:
                            "perangkat daerah '\(file.assessment.agency)' tidak ada di \(file.scope.manifestFile.path); minta koordinator menambahkannya, atau perbaiki 'agency'"
                    )))
        }
    }
}

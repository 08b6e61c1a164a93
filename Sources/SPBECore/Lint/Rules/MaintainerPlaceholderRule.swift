/// `maintainer-placeholder`: a maintainer under the reserved `.invalid` domain is the placeholder a template
/// wrote (`Templates.placeholderMaintainer`); no commit can come from it, so the agency cannot change its file.
struct MaintainerPlaceholderRule: LintRule {
    static let id = "maintainer-placeholder"
    static let defaultSeverity = Severity.warning
    static let summary = Localized(
        en: "no maintainer is still a placeholder (an address under .invalid)",
        indonesian: "tidak ada pengelola yang masih berupa contoh (alamat berakhiran .invalid)")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/instansi.json": ExampleRepository.manifest(
                agencies: """
                    {"sekretariat": {"name": "S", "maintainers": [1️⃣"spbe.sekretariat@example.invalid"], "indicators": ["Q1", "Q2"]},
                     "pelayanan": {"name": "P", "maintainers": ["p@desa.go.id"], "indicators": ["Q3"]}}
                    """)
        ]),
        .passes([
            "assessments/desa/instansi.json": ExampleRepository.manifest(
                agencies: """
                    {"sekretariat": {"name": "S", "maintainers": ["sek@desa.go.id"], "indicators": ["Q1", "Q2"]},
                     "pelayanan": {"name": "P", "maintainers": ["p@desa.go.id"], "indicators": ["Q3"]}}
                    """)
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for scope in context.revision.scopes {
            for (agency, email, pointer) in MaintainerEmailRule.maintainers(scope) where Templates.isPlaceholder(email)
            {
                let who = agency ?? scope.manifest?.coordinatorAgency ?? ""
                findings.append(
                    Finding(
                        rule: id, path: scope.manifestFile.path, anchor: .value(pointer),
                        message: Localized(
                            en:
                                "'\(email)' is a placeholder (.invalid): replace it with the email \(who)'s admin commits with (their git config user.email)",
                            indonesian:
                                "'\(email)' masih contoh (.invalid): ganti dengan surel yang dipakai pengelola \(who) untuk commit (git config user.email mereka)"
                        ),
                        // An agency's list is set with `agency set`; the coordinators' list is the manifest's own.
                        hint: agency.map { .setMaintainer(agency: $0) }))
            }
        }
    }
}

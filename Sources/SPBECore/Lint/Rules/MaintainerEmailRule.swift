/// `maintainer-email`: maintainers are commit author emails; a malformed one can never match, so the
/// agency could not change its own file.
struct MaintainerEmailRule: LintRule {
    static let id = "maintainer-email"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "maintainers must be valid email addresses", indonesian: "pengelola harus berupa alamat surel yang sah")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/instansi.json": ExampleRepository.manifest(
                agencies: """
                    {"sekretariat": {"name": "S", "maintainers": [1️⃣"sek at desa"], "indicators": ["Q1", "Q2"]},
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
            for (_, email, pointer) in maintainers(scope) where !EmailAddress.isValid(email) {
                findings.append(
                    Finding(
                        rule: id, path: scope.manifestFile.path, anchor: .value(pointer),
                        message: Localized(
                            en: "'\(email)' is not an email address like 'nama@instansi.go.id'",
                            indonesian: "'\(email)' bukan alamat surel seperti 'nama@instansi.go.id'")))
            }
        }
    }

    /// Every maintainer email of a scope's manifest with where it stands: the coordinators' (agency nil) and
    /// each agency's.
    static func maintainers(_ scope: LoadedScope) -> [(agency: String?, email: String, pointer: JSONPointer)] {
        guard let manifest = scope.manifest else { return [] }
        var lists: [(String?, [String], JSONPointer)] = [
            (nil, manifest.coordinatorMaintainers, JSONPointer(["coordinator", "maintainers"]))
        ]
        for agency in manifest.agencies {
            lists.append((agency.id, agency.maintainers, JSONPointer(["agencies", agency.id, "maintainers"])))
        }
        return lists.flatMap { agency, emails, pointer in
            emails.enumerated().map { (agency, $0.element, pointer.appending($0.offset)) }
        }
    }
}

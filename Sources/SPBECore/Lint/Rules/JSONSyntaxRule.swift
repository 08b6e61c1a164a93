/// `json-syntax`: a file under `assessments/` that is not strict JSON cannot be checked or scored.
struct JSONSyntaxRule: LintRule {
    static let id = "json-syntax"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "files must be strict JSON (RFC 8259, UTF-8, no BOM)",
        indonesian: "berkas harus JSON yang ketat (RFC 8259, UTF-8, tanpa BOM)")
    static let examples: [RuleExample] = [
        .triggers(["assessments/desa/pelayanan.json": "{\"agency\": \"pelayanan\"1️⃣,}"]),
        .passes([
            "assessments/desa/pelayanan.json": "{\"agency\": \"pelayanan\", \"cycle\": \"2026\", \"indicators\": {}}"
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for scope in context.revision.scopes {
            for file in [scope.manifestFile] + scope.agencyFiles {
                guard let error = file.result.syntaxError else { continue }
                findings.append(
                    Finding(rule: id, path: file.path, anchor: .location(error.location), message: error.message))
            }
        }
    }
}

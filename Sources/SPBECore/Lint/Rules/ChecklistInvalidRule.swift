/// `checklist-invalid`: the repository's checklist for a framework (`schemas/checklists/<id>.json`) is valid JSON
/// that matches `schemas/checklist.schema.json`; otherwise its requirements are not checked.
struct ChecklistInvalidRule: LintRule {
    static let id = "checklist-invalid"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "a repository checklist file is valid (else its requirements are not checked)",
        indonesian: "berkas daftar periksa repositori sah (bila tidak, persyaratannya tidak diperiksa)")
    static let examples: [RuleExample] = [
        .triggers(["schemas/checklists/mini.json": "{\"framework\": \"mini\"}"]),
        .passes(["schemas/checklists/mini.json": ExampleRepository.checklist]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        var reported: Set<String> = []
        for scope in context.revision.scopes {
            guard let framework = scope.framework, let problem = framework.checklistProblem,
                reported.insert(framework.framework.id).inserted
            else { continue }
            findings.append(
                Finding(rule: id, path: "schemas/checklists/\(framework.framework.id).json", message: problem))
        }
    }
}

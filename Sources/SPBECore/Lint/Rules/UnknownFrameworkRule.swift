/// `unknown-framework`: the manifest's framework must exist at the same revision (`schemas/frameworks/<id>.json`)
/// or be built into spbe, and be a valid framework file; otherwise the scope cannot be scored.
struct UnknownFrameworkRule: LintRule {
    static let id = "unknown-framework"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "the manifest's framework must be known and valid",
        indonesian: "kerangka pada manifes harus dikenal dan sah")
    static let examples: [RuleExample] = [
        .triggers(["assessments/desa/instansi.json": ExampleRepository.manifest(framework: "mini-2099")]),
        .triggers(["schemas/frameworks/mini.json": "{\"id\": \"mini\"}"]),
        .passes(["assessments/desa/instansi.json": ExampleRepository.manifest(framework: "mini")]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for scope in context.revision.scopes {
            guard let problem = scope.frameworkProblem else { continue }
            findings.append(
                Finding(
                    rule: id, path: scope.manifestFile.path, anchor: .value(JSONPointer(["framework"])),
                    message: problem))
        }
    }
}

/// `scope-incomplete`: an indicator no agency assessed counts as 0 in the index; a warning while the cycle runs,
/// an error with `--strict` (before submission).
struct ScopeIncompleteRule: LintRule {
    static let id = "scope-incomplete"
    static let defaultSeverity = Severity.warning
    static let summary = Localized(
        en: "every indicator of a scope is assessed", id: "setiap indikator lingkup sudah dinilai")
    static let examples: [RuleExample] = [
        .triggers(["assessments/desa/pelayanan.json": nil]),
        .triggers(["assessments/desa/pelayanan.json": nil], strict: true),
        .passes([:]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for scope in context.revision.scopes {
            guard let score = scope.score(stage: .self), !score.isComplete else { continue }
            let list = score.missing.joined(separator: ", ")
            findings.append(
                Finding(
                    rule: id, path: scope.manifestFile.path, anchor: .key(JSONPointer(["agencies"])),
                    message: Localized(
                        en: "\(score.missing.count) indicator(s) not assessed, each counted as 0: \(list)",
                        id: "\(score.missing.count) indikator belum dinilai, masing-masing dihitung 0: \(list)")))
        }
    }
}

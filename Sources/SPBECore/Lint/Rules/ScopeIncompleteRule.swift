/// `scope-incomplete`: an indicator no agency assessed counts as 0 in the index; a warning while the cycle runs,
/// an error with `--strict` (before submission).
struct ScopeIncompleteRule: LintRule {
    static let id = "scope-incomplete"
    static let defaultSeverity = Severity.warning
    static let summary = Localized(
        en: "every indicator of a scope is assessed", indonesian: "setiap indikator lingkup sudah dinilai")
    static let examples: [RuleExample] = [
        .triggers(["assessments/desa/pelayanan.json": nil]),
        .triggers(["assessments/desa/pelayanan.json": nil], strict: true),
        .triggers([
            "assessments/desa/pelayanan.json": "{\"agency\": \"pelayanan\", \"cycle\": 2026, \"indicators\": {}}"
        ]),
        .passes([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 1, "explanation": "x"}}}
            """
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for scope in context.revision.scopes {
            guard let score = scope.score(stage: .self), !score.isComplete else { continue }
            // An indicator whose agency's file is invalid was not left unassessed: it could not be read.
            let invalid = Set(scope.agencyFiles.filter { !$0.isValid }.map(\.path))
            func unreadable(_ indicator: String) -> Bool {
                score.manifest.ownerID(of: indicator).map {
                    invalid.contains(AssessmentPath.agencyFile(of: $0, in: scope.id))
                } ?? false
            }
            let unread = score.missing.filter(unreadable)
            let unassessed = score.missing.filter { !unreadable($0) }
            var parts: [Localized] = []
            if !unassessed.isEmpty {
                let list = unassessed.joined(separator: ", ")
                parts.append(
                    Localized(
                        en: "\(unassessed.count) indicator(s) not assessed, each counted as 0: \(list)",
                        indonesian: "\(unassessed.count) indikator belum dinilai, masing-masing dihitung 0: \(list)"))
            }
            if !unread.isEmpty {
                let list = unread.joined(separator: ", ")
                let files = invalid.sorted().joined(separator: ", ")
                parts.append(
                    Localized(
                        en:
                            "\(unread.count) indicator(s) could not be read because their agency's file is invalid (\(files)); fix the file: \(list)",
                        indonesian:
                            "\(unread.count) indikator tidak dapat dibaca karena berkas perangkat daerahnya tidak sah (\(files)); perbaiki berkasnya: \(list)"
                    ))
            }
            findings.append(
                Finding(
                    rule: id, path: scope.manifestFile.path, anchor: .key(JSONPointer(["agencies"])),
                    message: Localized(
                        en: parts.map(\.en).joined(separator: "; "),
                        indonesian: parts.map(\.indonesian).joined(separator: "; "))))
        }
    }
}

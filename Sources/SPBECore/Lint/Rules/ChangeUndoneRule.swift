/// `change-undone`: with `--base`, a commit changed what its author may not, and the merge request itself undid
/// it again (a revert, or the file restored). Nothing to fix: `unauthorized-change` judges only what a merge
/// request keeps, so that an honest mistake, once undone, no longer blocks it; this note keeps the record.
struct ChangeUndoneRule: LintRule {
    static let id = "change-undone"
    static let defaultSeverity = Severity.note
    static let summary = Localized(
        en: "with --base: a commit changed what its author may not, and the merge request undoes it (nothing to do)",
        indonesian:
            "dengan --base: sebuah commit mengubah yang tidak boleh diubah penulisnya, dan merge request membatalkannya (tidak perlu tindakan)"
    )
    static let examples: [RuleExample] = [
        RuleExample(
            triggers: true, base: [:],
            undone: [(author: "pel@desa.go.id", paths: ["assessments/desa/sekretariat.json"])]),
        RuleExample(
            triggers: false, base: [:],
            undone: [(author: "sek@desa.go.id", paths: ["assessments/desa/sekretariat.json"])]
        ),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        guard let authority = ChangeAuthority(context) else { return }
        // The uncommitted change (empty id) undoes only earlier commits: a reverting edit, nothing to report.
        for commit in context.commits where !commit.commit.isEmpty {
            for (path, fields) in commit.undone.sorted(by: { $0.key < $1.key }) {
                guard let who = authority.lacking(commit.authorEmail, path: path, fields: fields) else { continue }
                let short = String(commit.commit.prefix(7))
                findings.append(
                    Finding(
                        rule: id, path: path,
                        message: Localized(
                            en:
                                "commit \(short) by \(commit.authorName) <\(commit.authorEmail)> changed '\(path)', which only \(who.en) may change, and the merge request undoes it; nothing to do",
                            indonesian:
                                "commit \(short) oleh \(commit.authorName) <\(commit.authorEmail)> mengubah '\(path)', yang hanya boleh diubah \(who.indonesian), dan merge request membatalkannya; tidak perlu tindakan"
                        ),
                        commit: commit.commit))
            }
        }
    }
}

/// `unauthorized-change`: with `--base`, what the merge request changes in the end is judged against the commits
/// of `base..HEAD` (merges included) that brought it (`ChangeFacts`): an agency file's levels, explanations,
/// evidence and follow-ups only by a maintainer of that agency or a coordinator, its assessors' levels
/// (`assessor`) only by an assessor or a coordinator, evidence by the agency it belongs to, and every other path
/// (manifests, `schemas/`, CI configuration, CODEOWNERS, docs) only by a coordinator; all of them read from the
/// manifests at base, so a change cannot grant itself the right. A change the merge request undoes is not judged.
///
/// Author emails can be forged: pair this with protected branches, CODEOWNERS review and signed commits.
struct UnauthorizedChangeRule: LintRule {
    static let id = "unauthorized-change"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en:
            "with --base: each commit changes only what its author may (agency fields, assessors' levels, manifests; per the manifests at base)",
        indonesian:
            "dengan --base: setiap commit hanya mengubah yang boleh diubah penulisnya (isian perangkat daerah, tingkat asesor, manifes; menurut manifes di revisi acuan --base)"
    )
    static let examples: [RuleExample] = [
        RuleExample(
            triggers: true, base: [:],
            commits: [(author: "pel@desa.go.id", paths: ["assessments/desa/sekretariat.json"])]),
        RuleExample(
            triggers: true, base: [:], commits: [(author: "sek@desa.go.id", paths: ["assessments/desa/instansi.json"])]),
        // An agency cannot record its own assessors' levels, even in its own file.
        RuleExample(
            triggers: true, files: ["assessments/desa/pelayanan.json": withAssessor], base: [:],
            commits: [(author: "pel@desa.go.id", paths: ["assessments/desa/pelayanan.json"])]),
        RuleExample(
            triggers: false,
            files: [
                "assessments/desa/pelayanan.json": withAssessor,
                "assessments/desa/instansi.json": ExampleRepository.manifest(
                    extra: ", \"assessors\": {\"maintainers\": [\"asesor@desa.go.id\"]}"),
            ],
            base: [
                "assessments/desa/instansi.json": ExampleRepository.manifest(
                    extra: ", \"assessors\": {\"maintainers\": [\"asesor@desa.go.id\"]}")
            ],
            commits: [(author: "asesor@desa.go.id", paths: ["assessments/desa/pelayanan.json"])]),
        // Evidence belongs to the agency whose file cites it, or whose folder it is in.
        RuleExample(
            triggers: true, files: ["evidence/sekretariat/sk.txt": "diubah"],
            base: ["evidence/sekretariat/sk.txt": "asli"],
            commits: [(author: "pel@desa.go.id", paths: ["evidence/sekretariat/sk.txt"])]),
        RuleExample(
            triggers: false, files: ["evidence/sekretariat/sk.txt": "diubah"],
            base: ["evidence/sekretariat/sk.txt": "asli"],
            commits: [(author: "sek@desa.go.id", paths: ["evidence/sekretariat/sk.txt"])]),
        RuleExample(
            triggers: false, base: [:],
            commits: [
                (author: "pel@desa.go.id", paths: ["assessments/desa/pelayanan.json"]),
                (
                    author: "Koordinator@Desa.go.id",
                    paths: ["assessments/desa/instansi.json", "schemas/frameworks/mini.json"]
                ),
            ]),
    ]

    /// Pelayanan's file with the assessors' document level on its indicator.
    static let withAssessor = (ExampleRepository.baseline["assessments/desa/pelayanan.json"] ?? "")
        .replacingOccurrences("\"level\": 2,", "\"level\": 2, \"assessor\": {\"document\": 3},")

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for path in context.ambiguousPaths {
            findings.append(
                Finding(
                    rule: id, path: path,
                    message: Localized(
                        en:
                            "'\(path)' is spelled in two ways in this merge request that read the same (Unicode normalization: a composed and a decomposed letter); who changed which cannot be told apart, so rename the file to one spelling",
                        indonesian:
                            "'\(path)' ditulis dengan dua cara di merge request ini yang terbaca sama (normalisasi Unicode: huruf tersusun dan terurai); siapa mengubah yang mana tidak dapat dibedakan, jadi ganti nama berkas ke satu ejaan"
                    )))
        }
        guard let authority = ChangeAuthority(context) else { return }
        for commit in context.commits {
            for path in commit.paths {
                guard let who = authority.lacking(commit.authorEmail, path: path, commit: commit) else { continue }
                let message =
                    commit.commit.isEmpty
                    ? uncommitted(commit, path: path, who: who) : committed(commit, path: path, who: who)
                findings.append(
                    Finding(
                        rule: id, path: path, message: message, commit: commit.commit.isEmpty ? nil : commit.commit))
            }
        }
    }

    private static func committed(_ commit: LintContext.CommitChanges, path: String, who: Localized) -> Localized {
        let short = String(commit.commit.prefix(7))
        return Localized(
            en:
                "commit \(short) by \(commit.authorName) <\(commit.authorEmail)> changes '\(path)', which only \(who.en) may change (per the manifest at base); ask them to make the change, or, if it was a mistake, undo it in this merge request (git revert \(short), or git checkout <base> -- '\(path)' and commit) and push",
            indonesian:
                "commit \(short) oleh \(commit.authorName) <\(commit.authorEmail)> mengubah '\(path)', yang hanya boleh diubah \(who.indonesian) (menurut manifes di revisi acuan --base); minta mereka yang mengubahnya, atau, bila keliru, batalkan di merge request ini (git revert \(short), atau git checkout <revisi-acuan> -- '\(path)' lalu commit) dan push"
        )
    }

    /// Before committing (`lint --worktree`): the change on disk, as the commit git would make of it.
    private static func uncommitted(_ commit: LintContext.CommitChanges, path: String, who: Localized) -> Localized {
        Localized(
            en:
                "the uncommitted change to '\(path)' would be committed as \(commit.authorName) <\(commit.authorEmail)> (git config user.email), but only \(who.en) may change it (per the manifest at base); CI will refuse that commit: ask them to make the change, or undo yours (git restore --staged --worktree -- '\(path)'; a new file: delete it)",
            indonesian:
                "perubahan yang belum di-commit pada '\(path)' akan di-commit sebagai \(commit.authorName) <\(commit.authorEmail)> (git config user.email), padahal hanya \(who.indonesian) yang boleh mengubahnya (menurut manifes di revisi acuan --base); CI akan menolak commit itu: minta mereka yang mengubahnya, atau batalkan perubahan Anda (git restore --staged --worktree -- '\(path)'; berkas baru: hapus)"
        )
    }
}

/// `evidence-untracked`: in the working tree (`lint --worktree`), a cited evidence file that git does not track
/// would be left out of the commit, and CI would then find it missing: say so before committing.
struct EvidenceUntrackedRule: LintRule {
    static let id = "evidence-untracked"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "cited evidence files are tracked by git (checked on the working tree)",
        indonesian: "berkas data dukung yang dirujuk dilacak git (diperiksa pada pohon kerja)")
    static let examples: [RuleExample] = [
        RuleExample(
            triggers: true,
            files: ["evidence/portal.txt": "isi", "assessments/desa/pelayanan.json": pelayanan(marker: "1️⃣")],
            untracked: ["evidence/portal.txt"]),
        RuleExample(
            triggers: false,
            files: ["evidence/portal.txt": "isi", "assessments/desa/pelayanan.json": pelayanan(marker: "")]),
    ]

    private static func pelayanan(marker: String) -> String {
        """
        {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 2, "explanation": "x",
          "evidence": [{"title": "Portal", "kind": "screenshot", "path": \(marker)"evidence/portal.txt"}]}}}
        """
    }

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        guard !context.untrackedPaths.isEmpty else { return }
        for file in context.agencyFiles {
            for indicator in file.assessment.indicators {
                for (index, evidence) in indicator.evidence.enumerated() {
                    guard let path = evidence.path, context.untrackedPaths.contains(path) else { continue }
                    let pointer = JSONPointer(["indicators", indicator.id, "evidence", String(index), "path"])
                    let command = "git add -- " + shellWord(path)
                    findings.append(
                        Finding(
                            rule: id, path: file.file.path, anchor: .value(pointer),
                            message: Localized(
                                en:
                                    "evidence file '\(path)' is not tracked by git, so a commit leaves it out; run: \(command)",
                                indonesian:
                                    "berkas data dukung '\(path)' tidak dilacak git, sehingga commit tidak menyertakannya; jalankan: \(command)"
                            )))
                }
            }
        }
    }

    /// A path as a shell word to paste: quoted when it holds anything but letters, digits and `._/-`.
    static func shellWord(_ path: String) -> String {
        let plain =
            !path.isEmpty && path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._/-".contains($0)) }
        return plain
            ? path
            : "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: #"'\''"#) + "'"
    }
}

/// `follow-up-overdue`: an open follow-up past its due date (relative to `--today`, default the cycle's end)
/// needs chasing: close it, drop it, or move the date.
struct FollowUpOverdueRule: LintRule {
    static let id = "follow-up-overdue"
    static let defaultSeverity = Severity.warning
    static let summary = Localized(
        en: "open follow-ups are not past their due date", indonesian: "tindak lanjut terbuka belum melewati tenggatnya"
    )
    static let examples: [RuleExample] = [
        .triggers(["assessments/desa/pelayanan.json": followUp(due: "2026-03-01", status: "open", marker: "1️⃣")]),
        .passes(["assessments/desa/pelayanan.json": followUp(due: "2026-03-01", status: "done", marker: "")]),
        .passes(
            ["assessments/desa/pelayanan.json": followUp(due: "2026-03-01", status: "open", marker: "")],
            today: "2026-02-01"),
    ]

    private static func followUp(due: String, status: String, marker: String) -> String {
        """
        {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 1, "explanation": "x",
          "followUp": [{"action": "Bangun portal", "due": \(marker)"\(due)", "status": "\(status)", "targetLevel": 2}]}}}
        """
    }

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let manifest = file.manifest, let today = context.today(for: manifest) else { continue }
            for indicator in file.assessment.indicators {
                for (index, followUp) in indicator.followUps.enumerated() where followUp.isOverdue(on: today) {
                    let due = followUp.due ?? ""
                    findings.append(
                        Finding(
                            rule: id, path: file.file.path,
                            anchor: .value(
                                JSONPointer(["indicators", indicator.id, "followUp", String(index), "due"])),
                            message: Localized(
                                en:
                                    "follow-up '\(followUp.action)' was due \(due) and is still open (as of \(today)); mark it done or dropped, or set a new due date",
                                indonesian:
                                    "tindak lanjut '\(followUp.action)' bertenggat \(due) dan masih terbuka (per \(today)); tandai 'done' atau 'dropped', atau tetapkan tenggat baru"
                            )))
                }
            }
        }
    }
}

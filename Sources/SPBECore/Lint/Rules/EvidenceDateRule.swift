/// `evidence-date`: evidence cannot be dated after the end of the cycle it supports.
struct EvidenceDateRule: LintRule {
    static let id = "evidence-date"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "evidence is not dated after the cycle's end",
        indonesian: "data dukung tidak bertanggal setelah akhir siklus")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/sekretariat.json": """
            {"agency": "sekretariat", "cycle": "2026", "indicators": {"Q2": {"level": 2, "explanation": "x",
              "evidence": [{"title": "SK", "kind": "decree", "url": "https://desa.go.id/sk.pdf", "date": 1️⃣"2027-01-05"}]}}}
            """
        ]),
        .passes([
            "assessments/desa/sekretariat.json": """
            {"agency": "sekretariat", "cycle": "2026", "indicators": {"Q2": {"level": 2, "explanation": "x",
              "evidence": [{"title": "SK", "kind": "decree", "url": "https://desa.go.id/sk.pdf", "date": "2026-12-31"}]}}}
            """
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let end = file.manifest?.cycle.end else { continue }
            for indicator in file.assessment.indicators {
                for (index, evidence) in indicator.evidence.enumerated() {
                    guard let date = evidence.date, date > end else { continue }
                    findings.append(
                        Finding(
                            rule: id, path: file.file.path,
                            anchor: .value(
                                JSONPointer(["indicators", indicator.id, "evidence", String(index), "date"])),
                            message: Localized(
                                en:
                                    "dated \(date), after the cycle ends on \(end); fix the date or move it to the next cycle",
                                indonesian:
                                    "bertanggal \(date), setelah siklus berakhir \(end); perbaiki tanggal atau pindahkan ke siklus berikutnya"
                            )))
                }
            }
        }
    }
}

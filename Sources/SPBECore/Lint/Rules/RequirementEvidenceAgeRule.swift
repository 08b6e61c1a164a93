/// `requirement-evidence-age`: where a requirement sets `maxAgeMonths`, the evidence that satisfies it is dated no
/// earlier than that many months before the cycle's end.
struct RequirementEvidenceAgeRule: LintRule {
    static let id = "requirement-evidence-age"
    static let defaultSeverity = Severity.warning
    static let summary = Localized(
        en: "evidence for a requirement with a maximum age is recent enough",
        indonesian: "data dukung untuk persyaratan berusia maksimum cukup baru")
    static let examples: [RuleExample] = [
        .triggers([
            "schemas/checklists/mini.json": aged,
            "assessments/desa/sekretariat.json": ExampleRepository.sekretariat(satisfies: "\"L1-01\", \"L2-01\"")
                .replacingOccurrences("\"date\": \"2026-02-01\"", "\"date\": 1️⃣\"2023-02-01\""),
        ]),
        .passes([
            "schemas/checklists/mini.json": aged,
            "assessments/desa/sekretariat.json": ExampleRepository.sekretariat(satisfies: "\"L1-01\", \"L2-01\""),
        ]),
    ]

    /// The mini checklist with L2-01's evidence at most 24 months old.
    static let aged = ExampleRepository.checklist.replacingOccurrences(
        "\"kind\": \"decree\"}", "\"kind\": \"decree\", \"maxAgeMonths\": 24}")

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let checklist = file.scope.framework?.checklist, let end = file.manifest?.cycle.end else { continue }
            for indicator in file.assessment.indicators {
                for requirement in checklist.of(indicator.id) {
                    guard let months = requirement.maxAgeMonths else { continue }
                    let earliest = Self.monthsBefore(end, months)
                    for (index, item) in indicator.evidence.enumerated()
                    where item.satisfies.contains(requirement.id) && (item.date.map { $0 < earliest } ?? false) {
                        findings.append(
                            Finding(
                                rule: id, path: file.file.path,
                                anchor: .value(
                                    JSONPointer(["indicators", indicator.id, "evidence", String(index), "date"])),
                                message: Localized(
                                    en:
                                        "'\(item.title)' is dated \(item.date ?? ""), older than \(requirement.id) allows (\(months) months: from \(earliest)); cite a newer document",
                                    indonesian:
                                        "'\(item.title)' bertanggal \(item.date ?? ""), lebih lama dari yang diizinkan \(requirement.id) (\(months) bulan: sejak \(earliest)); rujuk dokumen yang lebih baru"
                                )))
                    }
                }
            }
        }
    }

    /// `YYYY-MM-DD` moved back by whole months (the day kept; ISO dates compare as text).
    static func monthsBefore(_ date: String, _ months: Int) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return date }
        let total = parts[0] * 12 + (parts[1] - 1) - months
        let year = String(total / 12)
        let month = total % 12 + 1
        let day = parts[2]
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}

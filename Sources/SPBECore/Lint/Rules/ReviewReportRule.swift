/// `evidence-review-report`: levels 4 and 5 of an indicator of kind `process` (the framework says which; spbe-2020:
/// domains 1-3) mean the practice is reviewed and evaluated; Pedoman 3/2024 asks for a review report no older
/// than two years at the cycle's end.
struct ReviewReportRule: LintRule {
    static let id = "evidence-review-report"
    static let defaultSeverity = Severity.warning
    static let indicatorKind: String? = "process"
    static let summary = Localized(
        en: "process indicators at level 4-5 cite a report dated within two years before the cycle's end",
        indonesian: "indikator proses tingkat 4-5 menyertakan laporan bertanggal dalam dua tahun sebelum akhir siklus")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/sekretariat.json": """
            {"agency": "sekretariat", "cycle": "2026", "indicators": {"Q2": {"level": 1️⃣4, "explanation": "x",
              "evidence": [{"title": "Reviu", "kind": "report", "url": "https://desa.go.id/reviu.pdf", "date": "2023-05-01"}]}}}
            """
        ]),
        .passes([
            "assessments/desa/sekretariat.json": """
            {"agency": "sekretariat", "cycle": "2026", "indicators": {"Q2": {"level": 4, "explanation": "x",
              "evidence": [{"title": "Reviu", "kind": "report", "url": "https://desa.go.id/reviu.pdf", "date": "2025-05-01"}]}}}
            """
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let framework = file.framework, let end = file.manifest?.cycle.end, let year = Int(end.prefix(4))
            else { continue }
            let earliest = String(year - 2) + end.dropFirst(4)
            for indicator in file.assessment.indicators where indicator.level >= Level(4) {
                guard framework.indicator(indicator.id)?.kind == "process" else { continue }
                let recent = indicator.evidence.contains {
                    $0.kind == .report && ($0.date.map { $0 >= earliest && $0 <= end } ?? false)
                }
                guard !recent else { continue }
                findings.append(
                    Finding(
                        rule: id, path: file.file.path,
                        anchor: .value(JSONPointer(["indicators", indicator.id, "level"])),
                        message: Localized(
                            en:
                                "level \(indicator.level) needs a review or evaluation 'report' dated between \(earliest) and \(end)",
                            indonesian:
                                "tingkat \(indicator.level) memerlukan 'report' reviu atau evaluasi bertanggal antara \(earliest) dan \(end)"
                        )))
            }
        }
    }
}

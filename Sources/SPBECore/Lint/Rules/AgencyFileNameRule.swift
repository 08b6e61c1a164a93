/// `agency-file-name`: an agency file is named after its agency (`bappeda.json` holds `"agency": "bappeda"`),
/// so ownership by path and by content agree.
struct AgencyFileNameRule: LintRule {
    static let id = "agency-file-name"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "an agency file's name must equal its 'agency'",
        indonesian: "nama berkas perangkat daerah harus sama dengan 'agency'-nya")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/pelayanan.json": """
            {"agency": 1️⃣"sekretariat", "cycle": "2026", "indicators": {}}
            """
        ]),
        .passes([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {}}
            """
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles where file.assessment.agency != file.nameAgency {
            findings.append(
                Finding(
                    rule: id, path: file.file.path, anchor: .value(JSONPointer(["agency"])),
                    message: Localized(
                        en:
                            "'agency' is '\(file.assessment.agency)' but the file is named '\(file.nameAgency).json'; rename the file or fix 'agency'",
                        indonesian:
                            "'agency' bernilai '\(file.assessment.agency)' tetapi nama berkasnya '\(file.nameAgency).json'; ganti nama berkas atau perbaiki 'agency'"
                    )))
        }
    }
}

/// `stale-cycle`: a file whose `cycle` differs from the manifest's has not been reviewed for the current cycle.
struct StaleCycleRule: LintRule {
    static let id = "stale-cycle"
    static let defaultSeverity = Severity.warning
    static let summary = Localized(
        en: "an agency file's cycle equals the manifest's (else it was not reviewed this cycle)",
        indonesian: "siklus berkas sama dengan siklus manifes (jika tidak, belum direviu siklus ini)")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/pelayanan.json": "{\"agency\": \"pelayanan\", \"cycle\": 1️⃣\"2025\", \"indicators\": {}}"
        ]),
        .passes([
            "assessments/desa/pelayanan.json": "{\"agency\": \"pelayanan\", \"cycle\": \"2026\", \"indicators\": {}}"
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let manifest = file.manifest, file.assessment.cycle != manifest.cycle.id else { continue }
            findings.append(
                Finding(
                    rule: id, path: file.file.path, anchor: .value(JSONPointer(["cycle"])),
                    message: Localized(
                        en:
                            "cycle '\(file.assessment.cycle)' is not the current cycle '\(manifest.cycle.id)'; review the file and set 'cycle' to '\(manifest.cycle.id)'",
                        indonesian:
                            "siklus '\(file.assessment.cycle)' bukan siklus berjalan '\(manifest.cycle.id)'; reviu berkas lalu ubah 'cycle' menjadi '\(manifest.cycle.id)'"
                    )))
        }
    }
}

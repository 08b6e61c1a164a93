/// `file-outside-scope`: every file under `assessments/` belongs to a scope folder that has an `instansi.json`;
/// anything else is never read, so it is reported rather than silently ignored.
struct FileOutsideScopeRule: LintRule {
    static let id = "file-outside-scope"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "files under assessments/ must sit in a scope folder with an instansi.json",
        indonesian: "berkas di assessments/ harus berada di folder lingkup yang memiliki instansi.json")
    static let examples: [RuleExample] = [
        .triggers(["assessments/lain/bappeda.json": "{}", "assessments/catatan.json": "{}"]),
        .passes([
            "assessments/lain/instansi.json": ExampleRepository.manifest().replacingOccurrences(
                "\"id\": \"desa\"", "\"id\": \"lain\""),
            "assessments/lain/sekretariat.json": "{}",
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for entry in context.revision.strayEntries {
            findings.append(
                Finding(
                    rule: id, path: entry.path,
                    message: Localized(
                        en:
                            "'\(entry.path)' is not in a scope: move it into 'assessments/<scope>/' next to an instansi.json, or add the manifest",
                        indonesian:
                            "'\(entry.path)' tidak berada dalam lingkup: pindahkan ke 'assessments/<lingkup>/' di samping instansi.json, atau tambahkan manifesnya"
                    )))
        }
    }
}

/// `unexpected-entry`: a scope folder holds only `instansi.json` and agency `*.json` files. Other files,
/// subfolders, symlinks and submodules are reported and never followed; names must be valid UTF-8.
struct UnexpectedEntryRule: LintRule {
    static let id = "unexpected-entry"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en:
            "scope folders hold only instansi.json and agency .json files (no other files, folders, symlinks or submodules)",
        indonesian:
            "folder lingkup hanya berisi instansi.json dan berkas .json perangkat daerah (tanpa berkas lain, subfolder, symlink atau submodule)"
    )
    static let examples: [RuleExample] = [
        .triggers(["assessments/desa/bukti.pdf": "%PDF", "assessments/desa/arsip/lama.json": "{}"]),
        .passes(["evidence/pelayanan/bukti.pdf": "%PDF", "evidence/pelayanan/arsip/lama.json": "{}"]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for scope in context.revision.scopes {
            for entry in scope.otherEntries { findings.append(finding(entry)) }
            for file in scope.agencyFiles where !file.entry.hasValidName { findings.append(finding(file.entry)) }
        }
    }

    private static func finding(_ entry: FileEntry) -> Finding {
        let message: Localized
        if !entry.hasValidName {
            message = Localized(
                en: "the file name is not valid UTF-8; rename it",
                indonesian: "nama berkas bukan UTF-8 yang sah; ganti namanya"
            )
        } else {
            switch entry.kind {
            case .symlink:
                message = Localized(
                    en: "'\(entry.path)' is a symlink, which spbe does not follow; replace it with the file itself",
                    indonesian: "'\(entry.path)' adalah symlink yang tidak diikuti spbe; ganti dengan berkas aslinya")
            case .submodule:
                message = Localized(
                    en: "'\(entry.path)' is a git submodule, which spbe does not read; remove it from assessments/",
                    indonesian:
                        "'\(entry.path)' adalah submodule git yang tidak dibaca spbe; keluarkan dari assessments/")
            case .file:
                message = Localized(
                    en:
                        "'\(entry.path)' does not belong in a scope folder; keep evidence under evidence/ and only agency .json files here",
                    indonesian:
                        "'\(entry.path)' tidak semestinya di folder lingkup; simpan data dukung di evidence/ dan hanya berkas .json perangkat daerah di sini"
                )
            }
        }
        return Finding(rule: id, path: entry.path, message: message)
    }
}

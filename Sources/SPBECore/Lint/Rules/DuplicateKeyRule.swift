/// `duplicate-key`: a key twice in one object is ambiguous (parsers keep either one); both places are named.
struct DuplicateKeyRule: LintRule {
    static let id = "duplicate-key"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "no key may appear twice in one object", indonesian: "kunci tidak boleh muncul dua kali dalam satu objek")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/pelayanan.json":
                "{\"agency\": \"pelayanan\", \"cycle\": \"2026\", \"indicators\": {}, 1️⃣\"cycle\": \"2025\"}"
        ]),
        .passes([
            "assessments/desa/pelayanan.json": "{\"agency\": \"pelayanan\", \"cycle\": \"2026\", \"indicators\": {}}"
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for scope in context.revision.scopes {
            for file in [scope.manifestFile] + scope.agencyFiles {
                guard let document = file.document, !document.duplicateKeys.isEmpty else { continue }
                let lines = LineIndex(document.bytes)
                for duplicate in document.duplicateKeys {
                    let key = duplicate.pointer.tokens.last ?? ""
                    let first = lines.location(of: duplicate.firstOffset)
                    findings.append(
                        Finding(
                            rule: id, path: file.path, anchor: .location(lines.location(of: duplicate.secondOffset)),
                            message: Localized(
                                en:
                                    "duplicate key '\(key)' at \(duplicate.pointer) (first at \(first)); keep one (lint reads the last one, as most parsers do; the file is not scored until then)",
                                indonesian:
                                    "kunci '\(key)' ganda di \(duplicate.pointer) (pertama di \(first)); sisakan satu (lint membaca yang terakhir, seperti kebanyakan parser; berkas ini tidak dinilai sampai diperbaiki)"
                            ))
                    )
                }
            }
        }
    }
}

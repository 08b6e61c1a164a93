/// `evidence-duplicate`: one file (the same `sha256`) is cited under two paths in a scope; assessors count it once,
/// and a copy drifts from its original.
struct EvidenceDuplicateRule: LintRule {
    static let id = "evidence-duplicate"
    static let defaultSeverity = Severity.warning
    static let summary = Localized(
        en: "one evidence file (same sha256) is cited under one path",
        indonesian: "satu berkas data dukung (sha256 sama) dirujuk dengan satu path")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/sekretariat.json": cites("evidence/a.txt"),
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 1, "explanation": "x",
              "evidence": [{"title": "Salinan", "kind": "url", "path": 1️⃣"evidence/b.txt", "sha256": "\(hash)"}]}}}
            """,
            "evidence/a.txt": "isi", "evidence/b.txt": "isi",
        ]),
        .passes(["assessments/desa/sekretariat.json": cites("evidence/a.txt"), "evidence/a.txt": "isi"]),
    ]

    static let hash = SHA256.hex(Array("isi".utf8))

    static func cites(_ path: String) -> String {
        """
        {"agency": "sekretariat", "cycle": "2026", "indicators": {"Q2": {"level": 1, "explanation": "x",
          "evidence": [{"title": "Asli", "kind": "decree", "path": "\(path)", "sha256": "\(hash)"}]}}}
        """
    }

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for scope in context.revision.scopes {
            // Every citation by hash; the first path in order stands as the original, the others are flagged.
            var cited: [String: [(path: String, file: String, pointer: JSONPointer)]] = [:]
            for file in context.agencyFiles where file.scope.id == scope.id {
                for indicator in file.assessment.indicators {
                    for (index, item) in indicator.evidence.enumerated() {
                        guard let sha = item.sha256?.lowercased(), let path = item.path else { continue }
                        let pointer = JSONPointer(["indicators", indicator.id, "evidence", String(index), "path"])
                        cited[sha, default: []].append((path, file.file.path, pointer))
                    }
                }
            }
            for citations in cited.values {
                guard let original = citations.map(\.path).min() else { continue }
                for citation in citations where citation.path != original {
                    findings.append(
                        Finding(
                            rule: id, path: citation.file, anchor: .value(citation.pointer),
                            message: Localized(
                                en:
                                    "'\(citation.path)' is the same file as '\(original)' (same sha256); cite one path and remove the copy",
                                indonesian:
                                    "'\(citation.path)' adalah berkas yang sama dengan '\(original)' (sha256 sama); rujuk satu path dan hapus salinannya"
                            )))
                }
            }
        }
    }
}

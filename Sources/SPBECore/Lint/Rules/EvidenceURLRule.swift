/// `evidence-url`: evidence URLs are http(s) addresses assessors can open (not `file:`, `javascript:` or a bare name).
struct EvidenceURLRule: LintRule {
    static let id = "evidence-url"
    static let defaultSeverity = Severity.error
    static let summary = Localized(en: "evidence URLs are http or https addresses", id: "URL data dukung berupa alamat http atau https")
    static let examples: [RuleExample] = [
        .triggers(["assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 2, "explanation": "x",
              "evidence": [{"title": "Portal", "kind": "url", "url": 1️⃣"file:///C:/portal.png"}]}}}
            """]),
        .passes([:]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            for indicator in file.assessment.indicators {
                for (index, evidence) in indicator.evidence.enumerated() {
                    guard let url = evidence.url, !isWebAddress(url) else { continue }
                    findings.append(Finding(
                        rule: id, path: file.file.path, anchor: .value(JSONPointer(["indicators", indicator.id, "evidence", String(index), "url"])),
                        message: Localized(
                            en: "'\(url)' is not an http(s) address; link to a page assessors can open, or commit the file and use 'path'",
                            id: "'\(url)' bukan alamat http(s); tautkan ke halaman yang dapat dibuka asesor, atau commit berkasnya dan gunakan 'path'")))
                }
            }
        }
    }

    static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        for scheme in ["https://", "http://"] where lower.hasPrefix(scheme) {
            let host = lower.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return !host.isEmpty && !url.utf8.contains { $0 <= 0x20 }
        }
        return false
    }
}

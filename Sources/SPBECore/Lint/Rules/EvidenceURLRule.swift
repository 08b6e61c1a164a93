/// `evidence-url`: evidence URLs are http(s) addresses assessors can open (not `file:`, `javascript:` or a bare name).
struct EvidenceURLRule: LintRule {
    static let id = "evidence-url"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "evidence URLs are http or https addresses", indonesian: "URL data dukung berupa alamat http atau https")
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 2, "explanation": "x",
              "evidence": [{"title": "Portal", "kind": "url", "url": 1️⃣"file:///C:/portal.png"}]}}}
            """
        ]),
        .passes([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 2, "explanation": "x",
              "evidence": [{"title": "Portal", "kind": "url", "url": "https://desa.go.id/portal.png"}]}}}
            """
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            for indicator in file.assessment.indicators {
                for index in indicator.evidence.indices {
                    guard let url = indicator.evidence[index].url, !isWebAddress(url) else { continue }
                    findings.append(
                        Finding(
                            rule: id, path: file.file.path,
                            anchor: .value(
                                JSONPointer(["indicators", indicator.id, "evidence", String(index), "url"])),
                            message: Localized(
                                en:
                                    "'\(url)' is not an http(s) address; link to a page assessors can open, or commit the file and use 'path'",
                                indonesian:
                                    "'\(url)' bukan alamat http(s); tautkan ke halaman yang dapat dibuka asesor, atau commit berkasnya dan gunakan 'path'"
                            )))
                }
            }
        }
    }

    /// `http://` or `https://` (any case), a host, and no space or control character; read as bytes, since
    /// national repositories hold tens of thousands of links.
    static func isWebAddress(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 <= 0x20 }) else { return false }
            for scheme in ["https://", "http://"] {
                let schemeBytes = scheme.utf8
                // Setting bit 0x20 lowercases letters and leaves ':' and '/' alone (control bytes are already out).
                guard bytes.count > schemeBytes.count, zip(bytes, schemeBytes).allSatisfy({ $0 | 0x20 == $1 }) else {
                    continue
                }
                let first = bytes[schemeBytes.count]
                return first != UInt8(ascii: "/") && first != UInt8(ascii: "?") && first != UInt8(ascii: "#")
            }
            return false
        }
    }
}

/// `evidence-path`: an evidence `path` names a file of the same revision, and when a `sha256` is recorded the
/// file still has that content, so evidence cannot silently disappear or change.
struct EvidencePathRule: LintRule {
    static let id = "evidence-path"
    static let readsTree = true
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "evidence paths exist in the same revision and match their sha256",
        indonesian: "path data dukung ada di revisi yang sama dan cocok dengan sha256-nya")
    static let examples: [RuleExample] = [
        .triggers(["assessments/desa/pelayanan.json": pelayanan(path: "evidence\\\\portal.txt", sha: nil, marker: "1️⃣")]
        ),
        .triggers(["assessments/desa/pelayanan.json": pelayanan(path: "evidence/hilang.pdf", sha: nil, marker: "1️⃣")]),
        .triggers([
            "evidence/portal.txt": "isi baru",
            "assessments/desa/pelayanan.json": pelayanan(
                path: "evidence/portal.txt", sha: SHA256.hex(Array("isi lama".utf8)), marker: "1️⃣"),
        ]),
        .passes([
            "evidence/portal.txt": "isi lama",
            "assessments/desa/pelayanan.json": pelayanan(
                path: "evidence/portal.txt", sha: SHA256.hex(Array("isi lama".utf8)), marker: ""),
        ]),
    ]

    private static func pelayanan(path: String, sha: String?, marker: String) -> String {
        let shaMember = sha.map { ", \"sha256\": \(marker)\"\($0)\"" } ?? ""
        let pathMarker = sha == nil ? marker : ""
        return """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 2, "explanation": "x",
              "evidence": [{"title": "Portal", "kind": "screenshot", "path": \(pathMarker)"\(path)"\(shaMember)}]}}}
            """
    }

    /// Why a path names no file, with a hint when it is written as on Windows or relative to the agency file.
    static func missing(_ path: String) -> Localized {
        // A Windows path's `\b`, `\f`, `\t`, `\n` or `\r` reads as a control character in JSON: show it as typed.
        let letters: [UInt32: String] = [0x08: "\\b", 0x0C: "\\f", 0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"]
        let typed = path.unicodeScalars.map { letters[$0.value] ?? String($0) }.joined()
        let message = Localized(
            en: "evidence file '\(typed)' does not exist in this revision; commit it or fix the path",
            indonesian: "berkas data dukung '\(typed)' tidak ada di revisi ini; commit berkasnya atau perbaiki path-nya"
        )
        let suggestion = typed.replacingOccurrences("\\", "/").split(separator: "/")
            .filter { $0 != ".." && $0 != "." }.joined(separator: "/")
        guard
            typed.contains("\\") || path.hasPrefix("/") || path.split(separator: "/").contains("..")
                || path.hasPrefix("./")
        else { return message }
        return Localized(
            en:
                "\(message.en); write the path from the repository's root with '/', e.g. '\(suggestion)' (not '\\', '..' or a leading '/')",
            indonesian:
                "\(message.indonesian); tulis path dari akar repositori dengan '/', mis. '\(suggestion)' (bukan '\\', '..' atau '/' di depan)"
        )
    }

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        var digests: [ContentID: String] = [:]
        for file in context.agencyFiles {
            for indicator in file.assessment.indicators {
                for (index, evidence) in indicator.evidence.enumerated() {
                    guard let path = evidence.path else { continue }
                    let pointer = JSONPointer(["indicators", indicator.id, "evidence", String(index)])
                    guard let entry = try? context.tree.entry(at: path), entry.isFile else {
                        findings.append(
                            Finding(
                                rule: id, path: file.file.path, anchor: .value(pointer.appending("path")),
                                message: missing(path)))
                        continue
                    }
                    guard let expected = evidence.sha256 else { continue }
                    if digests[entry.id] == nil {
                        digests[entry.id] = (try? context.tree.read(entry)).map(EvidenceHash.of) ?? ""
                    }
                    guard let actual = digests[entry.id], actual != expected.lowercased() else { continue }
                    findings.append(
                        Finding(
                            rule: id, path: file.file.path, anchor: .value(pointer.appending("sha256")),
                            message: Localized(
                                en: "'\(path)' has sha256 \(actual), not the recorded one",
                                indonesian: "'\(path)' memiliki sha256 \(actual), bukan yang tercatat"),
                            hint: .recordChangedEvidence))
                }
            }
        }
    }
}

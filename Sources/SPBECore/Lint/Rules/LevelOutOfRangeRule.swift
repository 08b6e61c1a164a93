/// `level-out-of-range`: self-assessed and assessors' values, and follow-ups' `targetLevel`, are ones the framework
/// allows: within its range
/// (spbe-2020: 1..5) and with no more decimal places than it allows (spbe-2020: none; pemdi-2026: two).
/// Reads the file's numbers as written, so a value too fine to score (`1.255`) is named, not silently dropped.
struct LevelOutOfRangeRule: LintRule {
    static let id = "level-out-of-range"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "levels and follow-up target levels are values the framework allows (its range and decimal places)",
        indonesian:
            "tingkat dan tingkat sasaran tindak lanjut bernilai yang diizinkan kerangka (rentang dan jumlah desimalnya)"
    )
    static let examples: [RuleExample] = [
        .triggers([
            "schemas/frameworks/mini.json": (ExampleRepository.baseline["schemas/frameworks/mini.json"] ?? "")
                .replacingOccurrences("\"max\": 5", "\"max\": 1")
        ]),
        .triggers([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 2, "explanation": "x",
              "evidence": [{"title": "Portal", "kind": "url", "url": "https://desa.go.id"}],
              "assessor": {"document": 1️⃣2.5}}}}
            """
        ]),
        .triggers([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 2, "explanation": "x",
              "evidence": [{"title": "Portal", "kind": "url", "url": "https://desa.go.id"}],
              "followUp": [{"action": "Tambah transaksi", "status": "open", "targetLevel": 1️⃣3.5}]}}}
            """
        ]),
        .passes([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 2, "explanation": "x",
              "evidence": [{"title": "Portal", "kind": "url", "url": "https://desa.go.id"}],
              "assessor": {"document": 2},
              "followUp": [{"action": "Tambah transaksi", "status": "open", "targetLevel": 3}]}}}
            """
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let framework = file.framework, let indicators = file.document.root["indicators"]?.members else {
                continue
            }
            for member in indicators {
                let followUps = (member.node["followUp"]?.elements ?? []).enumerated().map { index, item in
                    (pointer: ["followUp", String(index), "targetLevel"], node: item["targetLevel"])
                }
                let stages: [(pointer: [String], node: JSONNode?)] =
                    [
                        (["level"], member.node["level"]),
                        (["assessor", "document"], member.node["assessor"]?["document"]),
                        (["assessor", "interview"], member.node["assessor"]?["interview"]),
                        (["assessor", "visit"], member.node["assessor"]?["visit"]),
                    ] + followUps
                for (path, node) in stages {
                    guard let number = node?.number, let problem = problem(number, framework) else { continue }
                    findings.append(
                        Finding(
                            rule: id, path: file.file.path,
                            anchor: .value(JSONPointer(["indicators", member.key] + path)), message: problem))
                }
            }
        }
    }

    /// Why a framework does not allow a value; nil when it does.
    static func problem(_ number: JSONNumber, _ framework: Framework) -> Localized? {
        let values = framework.values
        let range = "\(values.min)..\(values.max)"
        let decimals = Level.decimals(of: number)
        if decimals > values.decimals {
            let allowed =
                values.decimals == 0
                ? Localized(en: "whole levels only", indonesian: "hanya tingkat bulat")
                : Localized(
                    en: "at most \(values.decimals) decimal places",
                    indonesian: "paling banyak \(values.decimals) angka desimal")
            return Localized(
                en: "\(number) has \(decimals) decimal places; \(framework.id) allows \(allowed.en) in \(range)",
                indonesian:
                    "\(number) memiliki \(decimals) angka desimal; \(framework.id) mengizinkan \(allowed.indonesian) dalam \(range)"
            )
        }
        guard let level = Level(number), values.allows(level) else {
            return Localized(
                en: "level \(number) is outside \(range); use a level in that range",
                indonesian: "tingkat \(number) di luar \(range); gunakan tingkat dalam rentang itu")
        }
        return nil
    }
}

/// `level-out-of-range`: self-assessed and assessors' levels lie in the framework's level range (1..5 for SPBE 2020).
struct LevelOutOfRangeRule: LintRule {
    static let id = "level-out-of-range"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "levels lie within the framework's range", id: "tingkat berada dalam rentang kerangka")
    static let examples: [RuleExample] = [
        .triggers([
            "schemas/frameworks/mini.json": ExampleRepository.baseline["schemas/frameworks/mini.json"]!
                .replacingOccurrences("\"max\": 5", "\"max\": 1")
        ]),
        .passes([:]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for file in context.agencyFiles {
            guard let range = file.framework?.levels else { continue }
            for indicator in file.assessment.indicators {
                let stages: [(String?, Int?)] = [
                    (nil, indicator.level), ("document", indicator.document), ("interview", indicator.interview),
                    ("visit", indicator.visit),
                ]
                for (stage, level) in stages {
                    guard let level, !range.contains(level) else { continue }
                    let pointer =
                        stage.map { JSONPointer(["indicators", indicator.id, "assessor", $0]) }
                        ?? JSONPointer(["indicators", indicator.id, "level"])
                    findings.append(
                        Finding(
                            rule: id, path: file.file.path, anchor: .value(pointer),
                            message: Localized(
                                en:
                                    "level \(level) is outside \(range.lowerBound)..\(range.upperBound); use a level in that range",
                                id:
                                    "tingkat \(level) di luar \(range.lowerBound)..\(range.upperBound); gunakan tingkat dalam rentang itu"
                            )))
                }
            }
        }
    }
}

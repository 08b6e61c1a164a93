import Foundation
import SPBECore

/// SARIF 2.1.0, for code-scanning upload.
extension LintReport {
    /// SARIF 2.1.0, as GitHub code scanning accepts it.
    func sarif() -> OutputJSON {
        let rules = LintRules.all
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var run: [(String, OutputJSON)] = [
            (
                "tool",
                .object([
                    (
                        "driver",
                        .object([
                            ("name", .string("spbe")),
                            ("version", .string(Tool.version)),
                            (
                                "rules",
                                .array(
                                    rules.map { rule in
                                        .object([
                                            ("id", .string(rule.id)),
                                            (
                                                "shortDescription",
                                                .object([("text", .string(rule.summary.text(language)))])
                                            ),
                                            (
                                                "defaultConfiguration",
                                                .object([("level", .string(rule.defaultSeverity.rawValue))])
                                            ),
                                        ])
                                    })
                            ),
                        ])
                    )
                ])
            )
        ]
        if let commit, let repositoryURL {
            run.append(
                (
                    "versionControlProvenance",
                    .array([.object([("repositoryUri", .string(repositoryURL)), ("revisionId", .string(commit))])])
                ))
        }
        run.append(
            (
                "results",
                .array(
                    findings.map { finding in
                        .object([
                            ("ruleId", .string(finding.rule)),
                            ("ruleIndex", .int(index[finding.rule] ?? 0)),
                            ("level", .string(finding.severity.rawValue)),
                            ("message", .object([("text", .string(finding.message.text(language)))])),
                            (
                                "locations",
                                .array([
                                    .object([
                                        (
                                            "physicalLocation",
                                            .object([
                                                (
                                                    "artifactLocation",
                                                    .object([
                                                        ("uri", .string(finding.path)),
                                                        ("uriBaseId", .string("%SRCROOT%")),
                                                    ])
                                                ),
                                                (
                                                    "region",
                                                    .object([
                                                        ("startLine", .int(finding.location?.line ?? 1)),
                                                        ("startColumn", .int(finding.location?.column ?? 1)),
                                                    ])
                                                ),
                                            ])
                                        )
                                    ])
                                ])
                            ),
                        ])
                    })
            ))
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ])
    }
}

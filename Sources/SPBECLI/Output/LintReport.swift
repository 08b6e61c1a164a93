import Foundation
import SPBECore

/// The output of `spbe lint` in each format.
struct LintReport {
    let findings: [Finding]
    /// Every file that was checked (for JUnit's passing test cases and the summary).
    let files: [String]
    let commit: String?
    let repositoryURL: String?
    /// The frameworks of the scopes checked.
    var frameworks: [String] = []
    let language: Language

    func count(_ severity: Severity) -> Int { findings.indices.count { findings[$0].severity == severity } }

    var summary: String {
        Messages.lintSummary(errors: count(.error), warnings: count(.warning), notes: count(.note), files: files.count)
            .text(language)
    }

    /// `file:line:col: severity: message [rule]`, then a summary line.
    func text(color: Bool) -> String {
        func word(_ severity: Severity) -> [UInt8] {
            let word =
                severity == .error
                ? Messages.errorWord.text(language)
                : severity == .warning ? Messages.warningWord.text(language) : Messages.noteWord.text(language)
            return Array((color ? (severity == .error ? "\u{1B}[31m" : "\u{1B}[33m") + word + "\u{1B}[0m" : word).utf8)
        }
        let words = (error: word(.error), warning: word(.warning), note: word(.note))
        // Bytes, appended piece by piece: national repositories have tens of thousands of findings, and bytes
        // append with one copy where a string checks and grows each time.
        var out: [UInt8] = []
        out.reserveCapacity(findings.count * 200)
        func add(_ text: String) {
            if text.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil {
                out.append(contentsOf: text.utf8)
            }
        }
        for index in findings.indices {
            add(findings[index].path.visible)
            if let location = findings[index].location {
                out.append(UInt8(ascii: ":"))
                Self.appendDecimal(location.line, to: &out)
                out.append(UInt8(ascii: ":"))
                Self.appendDecimal(location.column, to: &out)
            }
            out.append(UInt8(ascii: ":"))
            out.append(UInt8(ascii: " "))
            switch findings[index].severity {
            case .error: out.append(contentsOf: words.error)
            case .warning: out.append(contentsOf: words.warning)
            case .note: out.append(contentsOf: words.note)
            }
            out.append(UInt8(ascii: ":"))
            out.append(UInt8(ascii: " "))
            add(findings[index].message.text(language).visible)
            out.append(UInt8(ascii: " "))
            out.append(UInt8(ascii: "["))
            add(findings[index].rule)
            out.append(UInt8(ascii: "]"))
            out.append(UInt8(ascii: "\n"))
        }
        add(summary)
        add("\n")
        return String(decoding: out, as: UTF8.self)
    }

    /// The decimal digits of a line or column number (never negative).
    private static func appendDecimal(_ number: Int, to out: inout [UInt8]) {
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    func json() -> OutputJSON {
        JSONEnvelope.object(
            frameworks: frameworks,
            [
                ("commit", .optional(commit)),
                (
                    "summary",
                    .object([
                        ("errors", .int(count(.error))), ("warnings", .int(count(.warning))),
                        ("notes", .int(count(.note))),
                        ("files", .int(files.count)),
                    ])
                ),
                (
                    "findings",
                    .array(
                        findings.map { finding in
                            .object([
                                ("rule", .string(finding.rule)),
                                ("severity", .string(finding.severity.rawValue)),
                                ("file", .string(finding.path)),
                                ("line", finding.location.map { .int($0.line) } ?? .null),
                                ("column", finding.location.map { .int($0.column) } ?? .null),
                                ("pointer", .optional(finding.pointer?.description)),
                                ("message", .string(finding.message.text(language))),
                                ("commit", .optional(finding.commit)),
                            ])
                        })
                ),
            ])
    }

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

    /// GitHub Actions workflow commands: each finding annotates its line in the pull request.
    func github() -> String {
        var out = ""
        for finding in findings {
            let command = finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "notice"
            var properties = "file=\(Self.property(finding.path.visible))"
            if let location = finding.location { properties += ",line=\(location.line),col=\(location.column)" }
            properties += ",title=\(Self.property("spbe " + finding.rule))"
            out += "::\(command) \(properties)::\(Self.data(finding.message.text(language).visible))\n"
        }
        return out + summary + "\n"
    }

    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// JUnit XML for GitLab's test report: a test case per file checked, failing with its error findings.
    func junit() -> String {
        let byFile = Dictionary(grouping: findings, by: \.path)
        let allFiles = (files + byFile.keys.filter { !files.contains($0) }.sorted())
        let failures = allFiles.filter { byFile[$0]?.contains { $0.severity == .error } ?? false }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"spbe lint\" tests=\"\(allFiles.count)\" failures=\"\(failures)\">\n"
        out += "  <testsuite name=\"spbe lint\" tests=\"\(allFiles.count)\" failures=\"\(failures)\" errors=\"0\">\n"
        for file in allFiles {
            let found = byFile[file] ?? []
            out += "    <testcase classname=\"spbe.lint\" name=\"\(Self.xml(file))\" file=\"\(Self.xml(file))\""
            let errors = found.filter { $0.severity == .error }
            let others = found.filter { $0.severity != .error }
            if found.isEmpty {
                out += "/>\n"
                continue
            }
            out += ">\n"
            if !errors.isEmpty {
                out +=
                    "      <failure message=\"\(Self.xml(errors[0].message.text(language)))\" type=\"\(errors[0].rule)\">\(Self.xml(lines(errors)))</failure>\n"
            }
            if !others.isEmpty { out += "      <system-out>\(Self.xml(lines(others)))</system-out>\n" }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    private func lines(_ findings: [Finding]) -> String {
        findings.map { finding in
            let position = finding.location.map { ":\($0.line):\($0.column)" } ?? ""
            return
                "\(finding.path.visible)\(position): \(finding.severity.rawValue): \(finding.message.text(language).visible) [\(finding.rule)]"
        }.joined(separator: "\n")
    }

    /// XML text: escaped, and control characters (which XML 1.0 cannot hold at all) made visible.
    private static func xml(_ text: String) -> String {
        text.visibleKeepingLines.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;"
        )
        .replacingOccurrences(of: ">", with: "&gt;")
        .replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// `spbe lint --list-rules --format json`: every rule with its default severity and summary, and the
    /// built-in frameworks where it has meaning.
    static func ruleListJSON(_ language: Language) -> OutputJSON {
        JSONEnvelope.object([
            (
                "rules",
                .array(
                    LintRules.all.map { rule in
                        .object([
                            ("id", .string(rule.id)), ("severity", .string(rule.defaultSeverity.rawValue)),
                            ("summary", .string(rule.summary.text(language))),
                            ("indicatorKind", .optional(rule.indicatorKind)),
                            ("frameworks", .array(rule.builtInFrameworks.map(OutputJSON.string))),
                        ])
                    })
            )
        ])
    }

    /// The table of `spbe lint --list-rules`.
    static func ruleList(_ language: Language) -> String {
        var table = TextTable(
            [
                Messages.ruleHeader.text(language), Messages.severityHeader.text(language),
                Messages.checksHeader.text(language),
            ], rightAligned: [false, false, false])
        for rule in LintRules.all {
            var summary = rule.summary.text(language)
            if let kind = rule.indicatorKind {
                summary += " " + Messages.onlyKind(kind, rule.builtInFrameworks).text(language)
            }
            table.rows.append([rule.id, rule.defaultSeverity.rawValue, summary])
        }
        return table.rendered
    }
}

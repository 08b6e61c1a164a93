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
    /// Colour the severities in text (on a terminal without `NO_COLOR`).
    var color = false

    func count(_ severity: Severity) -> Int { findings.indices.count { findings[$0].severity == severity } }

    var summary: String {
        Messages.lintSummary(errors: count(.error), warnings: count(.warning), notes: count(.note), files: files.count)
            .text(language)
    }

    /// `file:line:col: severity: message [rule]`, then a summary line.
    func text(color: Bool) -> String {
        func word(_ severity: Severity) -> [UInt8] {
            let word = Messages.severityWord(severity).text(language)
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
}

extension LintReport: Report {
    static let formats: [Format] = [.text, .json, .sarif, .github, .junit]

    func render(_ format: Format) -> String {
        switch format {
        case .json: json().rendered
        case .sarif: sarif().rendered
        case .github: github()
        case .junit: junit()
        default: text(color: color)
        }
    }
}

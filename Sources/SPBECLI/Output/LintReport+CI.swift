import Foundation
import SPBECore

/// What CI systems read: GitHub workflow commands and JUnit XML.
extension LintReport {
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
                "\(finding.path.visible)\(position): \(Messages.severityWord(finding.severity).text(language)): \(finding.message.text(language).visible) [\(finding.rule)]"
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
}

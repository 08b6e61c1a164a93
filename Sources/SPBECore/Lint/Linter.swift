/// Runs rules over a revision, then stamps each finding's severity and line/column.
public enum Linter {
    /// The findings of `rules`, sorted by file, position and rule.
    ///
    /// `overrides` maps a rule id to a severity, or to nil to switch the rule off; `strict` turns warnings into errors.
    public static func run(
        _ context: LintContext, rules: [any LintRule.Type] = LintRules.all, overrides: [String: Severity?] = [:]
    ) -> [Finding] {
        var documents: [String: JSONDocument] = [:]
        for scope in context.revision.scopes {
            for file in [scope.manifestFile] + scope.agencyFiles { documents[file.path] = file.document }
        }
        var lines: [String: LineIndex] = [:]
        var result: [Finding] = []
        for rule in rules {
            let severity: Severity
            if let override = overrides[rule.id] {
                guard let chosen = override else { continue }
                severity = chosen
            } else {
                severity = rule.defaultSeverity
            }
            var found: [Finding] = []
            rule.check(context, into: &found)
            for var finding in found {
                finding.severity = context.strict && severity == .warning ? .error : severity
                finding.location = location(of: finding, documents: documents, lines: &lines)
                result.append(finding)
            }
        }
        return result.sorted { lhs, rhs in
            (lhs.path, lhs.location?.line ?? 0, lhs.location?.column ?? 0, lhs.rule) < (rhs.path, rhs.location?.line ?? 0, rhs.location?.column ?? 0, rhs.rule)
        }
    }

    private static func location(of finding: Finding, documents: [String: JSONDocument], lines: inout [String: LineIndex]) -> SourceLocation? {
        if case .location(let location) = finding.anchor { return location }
        guard let document = documents[finding.path] else { return nil }
        let offset: Int
        switch finding.anchor {
        case .value(let pointer): offset = document.offset(of: pointer)
        case .key(let pointer): offset = document.keyOffset(of: pointer) ?? document.offset(of: pointer)
        case .file, .location: offset = 0
        }
        if lines[finding.path] == nil { lines[finding.path] = LineIndex(document.bytes) }
        return lines[finding.path]?.location(of: offset)
    }
}

/// Runs rules over a revision, then stamps each finding's severity and line/column.
public enum Linter {
    /// The findings of `rules`, sorted by file, position and rule.
    ///
    /// `overrides` maps a rule id to a severity, or to nil to switch the rule off; `strict` turns warnings into errors.
    /// Rules run on up to `threads` threads (they only read the context); the result does not depend on it.
    public static func run(
        _ context: LintContext, rules: [any LintRule.Type] = LintRules.all, overrides: [String: Severity?] = [:], threads: Int = 1
    ) -> [Finding] {
        var documents: [String: JSONDocument] = [:]
        for scope in context.revision.scopes {
            for file in [scope.manifestFile] + scope.agencyFiles { documents[file.path] = file.document }
        }
        let active = rules.compactMap { rule -> (any LintRule.Type, Severity)? in
            guard let override = overrides[rule.id] else { return (rule, rule.defaultSeverity) }
            return override.map { (rule, $0) }
        }
        let found = parallelMap(active.count, threads: threads) { index in
            var found: [Finding] = []
            active[index].0.check(context, into: &found)
            return found
        }
        var lines: [String: LineIndex] = [:]
        var result: [Finding] = []
        for ((_, severity), found) in zip(active, found) {
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

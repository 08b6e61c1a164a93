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
            let severity = context.strict && active[index].1 == .warning ? Severity.error : active[index].1
            for position in found.indices { found[position].severity = severity }
            return found
        }
        // Findings are read in place below: each copy of one retains its path, pointer and messages.
        var findings: [Finding] = []
        findings.reserveCapacity(found.reduce(0) { $0 + $1.count })
        for rule in found { findings.append(contentsOf: rule) }
        // Located file by file on every core, each file's lines indexed once.
        var byPath: [String: [Int]] = [:]
        for index in findings.indices { byPath[findings[index].path, default: []].append(index) }
        let groups = Array(byPath.values)
        let located = parallelMap(groups.count, threads: threads) { group in
            let document = documents[findings[groups[group][0]].path]
            let lines = document.map { LineIndex($0.bytes) }
            return groups[group].map { index in (index, location(of: findings[index].anchor, document: document, lines: lines)) }
        }
        for (index, location) in located.joined() { findings[index].location = location }
        return sortedByPosition(findings)
    }

    /// By file, line, column and rule, findings of one place in rule order. Sorted through integer keys: national
    /// repositories have tens of thousands of findings, and comparing their paths and moving the findings
    /// themselves cost more than the rules.
    static func sortedByPosition(_ findings: [Finding]) -> [Finding] {
        func ranks(_ names: some Sequence<String>) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: Set(names).sorted().enumerated().map { ($1, $0) })
        }
        let paths = ranks(findings.indices.lazy.map { findings[$0].path })
        let rules = ranks(findings.indices.lazy.map { findings[$0].rule })
        let keys = findings.indices.map { index in
            let location = findings[index].location
            return (paths[findings[index].path] ?? 0, location?.line ?? 0, location?.column ?? 0, rules[findings[index].rule] ?? 0)
        }
        let order = findings.indices.sorted { lhs, rhs in
            keys[lhs] != keys[rhs] ? keys[lhs] < keys[rhs] : lhs < rhs
        }
        return order.map { findings[$0] }
    }

    private static func location(of anchor: Finding.Anchor, document: JSONDocument?, lines: LineIndex?) -> SourceLocation? {
        if case .location(let location) = anchor { return location }
        guard let document, let lines else { return nil }
        let offset: Int
        switch anchor {
        case .value(let pointer): offset = document.offset(of: pointer)
        case .key(let pointer): offset = document.keyOffset(of: pointer) ?? document.offset(of: pointer)
        case .file, .location: offset = 0
        }
        return lines.location(of: offset)
    }
}

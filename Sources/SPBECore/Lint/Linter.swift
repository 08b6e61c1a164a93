/// Runs rules over a revision, then stamps each finding's severity and line/column.
public enum Linter {
    /// The findings of `rules`, sorted by file, position and rule.
    ///
    /// `overrides` maps a rule id to a severity, or to nil to switch the rule off; `strict` turns warnings into errors.
    /// Rules run on up to `threads` threads (they only read the context); the result does not depend on it.
    public static func run(
        _ context: LintContext, rules: [any LintRule.Type] = LintRules.all, overrides: [String: Severity?] = [:],
        threads: Int = 1
    ) -> [Finding] {
        let active = rules.compactMap { rule -> (any LintRule.Type, Severity)? in
            guard let override = overrides[rule.id] else { return (rule, rule.defaultSeverity) }
            return override.map { (rule, $0) }
        }
        func findings(_ index: Int) -> [Finding] {
            var found: [Finding] = []
            active[index].0.check(context, into: &found)
            let severity = context.strict && active[index].1 == .warning ? Severity.error : active[index].1
            for position in found.indices { found[position].severity = severity }
            return found
        }
        let readers = Set(active.indices.filter { active[$0].0.readsTree })
        let others = active.indices.filter { !readers.contains($0) }
        var found = [[Finding]](repeating: [], count: active.count)
        for (index, list) in zip(others, parallelMap(others.count, threads: threads) { findings(others[$0]) }) {
            found[index] = list
        }
        for index in readers.sorted() { found[index] = findings(index) }
        var findings: [Finding] = []
        findings.reserveCapacity(found.reduce(0) { $0 + $1.count })
        // Every finding carries its rule's id, so each rule's rank among the ids is that of all its findings.
        var ruleRank: [Int] = []
        ruleRank.reserveCapacity(findings.capacity)
        let ranks = Self.ranks(active.map { $0.0.id })
        for (rule, list) in zip(active, found) {
            findings.append(contentsOf: list)
            ruleRank.append(contentsOf: repeatElement(ranks[rule.0.id] ?? 0, count: list.count))
        }
        let files = FileNumbers(findings)
        var documents = [JSONDocument?](repeating: nil, count: files.paths.count)
        for scope in context.revision.scopes {
            for file in [scope.manifestFile] + scope.agencyFiles {
                if let number = files.number[file.path] { documents[number] = file.document }
            }
        }
        // Located file by file on every core, each file's lines indexed once.
        let located = parallelMap(files.members.count, threads: threads) { number in
            let lines = documents[number].map { LineIndex($0.bytes) }
            return files.members[number].map { index in
                (index, location(of: findings[index].anchor, document: documents[number], lines: lines))
            }
        }
        for (index, location) in located.joined() { findings[index].location = location }
        sortByPosition(&findings, files: files, ruleRank: ruleRank)
        return findings
    }

    /// By file, line, column and rule, findings of one place in the order found. Through integer keys: national
    /// repositories have tens of thousands of findings, and comparing their paths or copying the findings
    /// themselves cost more than the rules.
    private static func sortByPosition(_ findings: inout [Finding], files: FileNumbers, ruleRank: [Int]) {
        let keys = findings.indices.map { index in
            let location = findings[index].location
            return (
                files.ranks[files.numberOfFinding[index]], location?.line ?? 0, location?.column ?? 0, ruleRank[index]
            )
        }
        let order = findings.indices.sorted { lhs, rhs in
            keys[lhs] != keys[rhs] ? keys[lhs] < keys[rhs] : lhs < rhs
        }
        permute(&findings, into: order)
    }

    /// Each name's place among the names sorted.
    private static func ranks(_ names: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: Set(names).sorted().enumerated().map { ($1, $0) })
    }

    /// Puts `order[i]`'s element at `i`, by swapping, so that no element is copied (a copy of a finding retains
    /// its path, pointer and messages).
    static func permute<T>(_ elements: inout [T], into order: [Int]) {
        var source = order
        var target = [Int](repeating: 0, count: order.count)
        for (position, index) in order.enumerated() { target[index] = position }
        for position in source.indices {
            // Swap the wanted element into `position`, keeping both maps of where things are up to date.
            let from = source[position]
            guard from != position else { continue }
            elements.swapAt(position, from)
            let displaced = target[position]
            source[displaced] = from
            target[from] = displaced
            source[position] = position
            target[position] = position
        }
    }

    /// The files that findings are about, numbered in order of first appearance, with the findings of each and
    /// each file's rank by path.
    private struct FileNumbers {
        var number: [String: Int] = [:]
        var paths: [String] = []
        var members: [[Int]] = []
        var numberOfFinding: [Int] = []
        var ranks: [Int] = []

        init(_ findings: [Finding]) {
            numberOfFinding.reserveCapacity(findings.count)
            for index in findings.indices {
                let path = findings[index].path
                let next = paths.count
                let known = number[path, default: next]
                if known == next {
                    number[path] = next
                    paths.append(path)
                    members.append([])
                }
                members[known].append(index)
                numberOfFinding.append(known)
            }
            ranks = [Int](repeating: 0, count: paths.count)
            for (rank, file) in paths.indices.sorted(by: { paths[$0] < paths[$1] }).enumerated() { ranks[file] = rank }
        }
    }

    private static func location(of anchor: Finding.Anchor, document: JSONDocument?, lines: LineIndex?)
        -> SourceLocation?
    {
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

/// A lint rule: one check with a stable id, a default severity, a summary and examples.
///
/// Rules live one per file under `Lint/Rules/`, are listed once in `LintRules.all`, and report findings
/// with a JSON pointer; the engine turns pointers into lines and columns and stamps the severity.
public protocol LintRule {
    /// Stable kebab-case id; never renamed.
    static var id: String { get }
    static var defaultSeverity: Severity { get }
    /// What the rule checks, one line.
    static var summary: Localized { get }
    /// Files that trigger the rule and files that do not; `1️⃣` marks where a finding must point.
    static var examples: [RuleExample] { get }
    /// Appends this rule's findings for the revision.
    static func check(_ context: LintContext, into findings: inout [Finding])
    /// The indicator kind the rule is about (`process`, `service`), when it checks only indicators of one kind:
    /// under a framework without that kind it has no meaning and never fires.
    static var indicatorKind: String? { get }
    /// True when the rule reads files through `LintContext.tree` (one repository handle, which libgit2 does not
    /// let two threads use at once): such rules run one after another, the others in parallel.
    static var readsTree: Bool { get }
}

extension LintRule {
    public static var indicatorKind: String? { nil }
    public static var readsTree: Bool { false }

    /// The built-in frameworks where the rule has meaning: all of them unless it is about one indicator kind.
    public static var builtInFrameworks: [String] {
        BuiltIn.frameworks.filter { framework in
            indicatorKind.map { kind in framework.indicators.contains { $0.kind == kind } } ?? true
        }.map(\.id)
    }
}

/// An example for a rule: files laid over the example repository, and whether the rule must fire.
///
/// In file contents, each `1️⃣` marks the position (line and column) of one expected finding.
public struct RuleExample: Sendable {
    public let triggers: Bool
    /// Path → content (nil deletes a baseline file), laid over `ExampleRepository.baseline`.
    public let files: [String: String?]
    /// When given, the base revision for change-aware rules: path → content over the baseline.
    public let base: [String: String?]?
    /// Commits between base and head for ownership rules: author email and the paths it changed.
    public let commits: [(author: String, paths: [String])]
    /// Commits whose change to these paths the merge request undoes again.
    public let undone: [(author: String, paths: [String])]
    /// Options as on the command line (`--strict`, `--today`).
    public let strict: Bool
    public let today: String?
    /// The verified signature every example commit carries (signature rules).
    public let signature: CommitSignature?
    /// Files of the example's working tree that git does not track.
    public let untracked: Set<String>

    public init(
        triggers: Bool, files: [String: String?] = [:], base: [String: String?]? = nil,
        commits: [(author: String, paths: [String])] = [], undone: [(author: String, paths: [String])] = [],
        strict: Bool = false, today: String? = nil, signature: CommitSignature? = nil, untracked: Set<String> = []
    ) {
        self.untracked = untracked
        self.undone = undone
        self.triggers = triggers
        self.files = files
        self.base = base
        self.commits = commits
        self.strict = strict
        self.today = today
        self.signature = signature
    }

    public static func triggers(
        _ files: [String: String?], base: [String: String?]? = nil, strict: Bool = false, today: String? = nil
    ) -> RuleExample {
        RuleExample(triggers: true, files: files, base: base, strict: strict, today: today)
    }

    public static func passes(
        _ files: [String: String?], base: [String: String?]? = nil, strict: Bool = false, today: String? = nil
    ) -> RuleExample {
        RuleExample(triggers: false, files: files, base: base, strict: strict, today: today)
    }
}

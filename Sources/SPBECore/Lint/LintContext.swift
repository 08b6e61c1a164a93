/// Everything a rule may look at: the revision's loaded files, and for change-aware rules the base and the commits.
public struct LintContext {
    /// One commit of `base..HEAD` with the changes it brought (see `ChangeFacts`), for ownership.
    public struct CommitChanges: Sendable {
        public let commit: String
        public let authorName: String
        public let authorEmail: String
        /// The paths whose change the merge request keeps.
        public let paths: [String]
        /// For each of `paths`, which of its parts changed (absent: treated as the agency's part).
        public let fields: [String: ChangedFields]
        /// What the commit changed that the merge request undoes again: path → parts.
        public let undone: [String: ChangedFields]
        /// The commit's signature as verified against the keys at base; nil when no manifest lists keys.
        public let signature: CommitSignature?

        public init(
            commit: String, authorName: String, authorEmail: String, paths: [String],
            fields: [String: ChangedFields] = [:], undone: [String: ChangedFields] = [:],
            signature: CommitSignature? = nil
        ) {
            self.commit = commit
            self.authorName = authorName
            self.authorEmail = authorEmail
            self.paths = paths
            self.fields = fields
            self.undone = undone
            self.signature = signature
        }
    }

    public let revision: LoadedRevision
    /// The files of the revision, for evidence paths. A git tree holds one repository handle, which two threads
    /// must not use at once: rules run concurrently (`Linter.run`), so only one rule (evidence-path) reads it.
    public let tree: FileTree
    /// The base revision (`--base`), for change-aware rules.
    public let base: LoadedRevision?
    /// The commits of `base..HEAD`, merges included, that changed anything, for ownership.
    public let commits: [CommitChanges]
    /// Paths the merge request adds (absent at the merge base): a new evidence file is its citing agency's.
    public var addedPaths: Set<String> = []
    /// Files of the working tree that git does not track (`lint --worktree`): a commit would leave them out.
    public var untrackedPaths: Set<String> = []
    /// Paths the change spells in two ways that compare equal as text (see `ChangeFacts.ambiguousPaths`).
    public var ambiguousPaths: [String] = []
    public let strict: Bool
    /// `--today` (YYYY-MM-DD); nil means the real date, but no later than each scope's cycle end.
    public let today: String?
    /// The real date (YYYY-MM-DD), when the caller knows it.
    public var clock: String?

    public init(
        revision: LoadedRevision, tree: FileTree, base: LoadedRevision? = nil, commits: [CommitChanges] = [],
        strict: Bool = false, today: String? = nil
    ) {
        agencyFiles = revision.scopes.flatMap { scope in
            scope.agencyFiles.compactMap { file in
                guard let document = file.document, let assessment = file.lintedAssessment else { return nil }
                return AgencyFile(scope: scope, file: file, document: document, assessment: assessment)
            }
        }
        self.revision = revision
        self.tree = tree
        self.base = base
        self.commits = commits
        self.strict = strict
        self.today = today
    }

    /// One agency file with what rules need around it (a class: every rule walks all of them, and a copy of
    /// the struct would retain each of its scope's fields).
    public final class AgencyFile {
        public let scope: LoadedScope
        public let file: LoadedFile
        public let document: JSONDocument
        public let assessment: AgencyAssessment
        public var manifest: Manifest? { scope.manifest }
        public var framework: Framework? { scope.framework?.framework }
        /// The agency id the file's name says (`bappeda.json` → `bappeda`).
        public let nameAgency: String

        init(scope: LoadedScope, file: LoadedFile, document: JSONDocument, assessment: AgencyAssessment) {
            self.scope = scope
            self.file = file
            self.document = document
            self.assessment = assessment
            nameAgency = AssessmentPath(file.path).agency ?? ""
        }
    }

    /// Every schema-valid agency file of every scope.
    public let agencyFiles: [AgencyFile]

    /// The date follow-ups are judged against: `--today`, else the real date, but no later than the scope's cycle
    /// end (a closed cycle is judged as it closed).
    public func today(for manifest: Manifest) -> String? {
        if let today { return today }
        guard let end = manifest.cycle.end else { return clock }
        return clock.map { min($0, end) } ?? end
    }
}

/// What a merge request changes in the end, and which of its commits brought each change: computed once (by the
/// command line, from git) and judged by the rules on who changed what (`unauthorized-change`, the signature
/// rules).
///
/// A change is judged only where the merge request keeps it: each path, and in an agency file each part, that
/// differs between the merge base and the head is charged to every commit of `base..head` that changed it
/// itself. A change the merge request undoes again (a commit to the wrong file, then reverted) is charged to
/// nobody; the rules may still mention it.
public struct ChangeFacts: Sendable {
    /// One commit of `base..head` with what it changed itself (for a merge: what no clean merge gives).
    public struct Commit: Sendable {
        public let id: String
        public let authorName: String
        public let authorEmail: String
        /// Path → the parts of it this commit changed.
        public let changes: [String: ChangedFields]
        /// Its signature verified against the keys at base; nil when no manifest lists keys.
        public let signature: CommitSignature?

        public init(
            id: String, authorName: String, authorEmail: String, changes: [String: ChangedFields],
            signature: CommitSignature? = nil
        ) {
            self.id = id
            self.authorName = authorName
            self.authorEmail = authorEmail
            self.changes = changes
            self.signature = signature
        }
    }

    /// Path → the parts that differ between the merge base and the head.
    public let outcome: [String: ChangedFields]
    /// The paths of `outcome` that are absent at the merge base.
    public let added: Set<String>
    /// Newest first, as `git log` lists them.
    public let commits: [Commit]
    /// Paths the change spells in two ways that compare equal as text (Unicode normalization): their changes
    /// cannot be told apart, so the change cannot be judged.
    public let ambiguousPaths: [String]

    public init(
        outcome: [String: ChangedFields], added: Set<String>, commits: [Commit], ambiguousPaths: [String] = []
    ) {
        self.outcome = outcome
        self.added = added
        self.commits = commits
        self.ambiguousPaths = ambiguousPaths
    }

    /// Whether a commit's own changes include anything the merge request keeps (only those need judging).
    public func bringsOutcome(_ changes: [String: ChangedFields]) -> Bool {
        changes.contains { path, fields in !fields.intersection(outcome[path] ?? []).isEmpty }
    }

    /// Each commit that changed anything, with the changes the merge request keeps and those it undoes.
    public var judged: [LintContext.CommitChanges] {
        commits.compactMap { commit in
            var kept: [String: ChangedFields] = [:]
            var undone: [String: ChangedFields] = [:]
            for (path, fields) in commit.changes {
                let stays = fields.intersection(outcome[path] ?? [])
                if !stays.isEmpty { kept[path] = stays }
                if stays != fields { undone[path] = fields.subtracting(stays) }
            }
            guard !kept.isEmpty || !undone.isEmpty else { return nil }
            return LintContext.CommitChanges(
                commit: commit.id, authorName: commit.authorName, authorEmail: commit.authorEmail,
                paths: kept.keys.sorted(), fields: kept, undone: undone, signature: commit.signature)
        }
    }
}

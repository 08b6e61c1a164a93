import GitStore
import SPBECore

/// Reads a merge request's `ChangeFacts` from git in one pass: what merging the head would change on the base,
/// and what each commit of `base..head` (merges included) changed itself, with its signature where keys are
/// listed. Each agency file's blob is read and split into its parts once, whichever commit meets it.
final class ChangeFactsReader {
    private let repository: Repository
    private var parts: [ObjectID: FieldGroups] = [:]
    private let spellings = PathSpellings()

    init(repository: Repository) { self.repository = repository }

    /// The facts of `base..head`; only commits that bring something the merge request keeps are verified. With
    /// `uncommitted`, the working tree's change on top of `head` counts as one more commit by the identity git
    /// would record for it (its id empty): what CI will judge once it is committed.
    func read(
        base: ObjectID, head: ObjectID, verifier: SignatureVerifier?,
        uncommitted: (worktree: WorktreeSnapshot, author: GitIdentity)? = nil
    ) throws -> ChangeFacts {
        var (outcome, added) = try self.outcome(base: base, head: head)
        var commits: [ChangeFacts.Commit] = []
        if let (worktree, author) = uncommitted, let email = author.email {
            let change = try worktreeChange(worktree, base: base, head: head)
            for (path, fields) in change.outcome {
                outcome[path] = fields.isEmpty ? nil : fields
                if change.added.contains(path) { added.insert(path) } else { added.remove(path) }
            }
            if !change.own.isEmpty {
                commits.append(
                    ChangeFacts.Commit(
                        id: "", authorName: author.name ?? email, authorEmail: email, changes: change.own))
            }
        }
        let kept = ChangeFacts(outcome: outcome, added: added, commits: [])
        for commit in try repository.commits(from: base, to: head) {
            var changes: [String: ChangedFields] = [:]
            for versions in try repository.pathVersions(of: commit, recording: spellings) {
                let fields = try ownChange(versions)
                if !fields.isEmpty { changes[versions.path] = fields }
            }
            guard !changes.isEmpty else { continue }
            let signature = kept.bringsOutcome(changes) ? try verifier?.verify(repository, commit.id) : nil
            commits.append(
                ChangeFacts.Commit(
                    id: commit.id.hex, authorName: commit.author.name, authorEmail: commit.author.email,
                    changes: changes, signature: signature))
        }
        return ChangeFacts(outcome: outcome, added: added, commits: commits, ambiguousPaths: spellings.ambiguous)
    }

    /// What the working tree changes on `head` (`own`), and, for those paths, what it makes the merge request
    /// change on `base` in the end (`outcome`, computed as `outcome(base:head:)` does with the file on disk).
    private func worktreeChange(_ worktree: WorktreeSnapshot, base: ObjectID, head: ObjectID) throws -> (
        own: [String: ChangedFields], outcome: [String: ChangedFields], added: Set<String>
    ) {
        let headSnapshot = CommitSnapshot(repository: repository, commit: head)
        let baseSnapshot = CommitSnapshot(repository: repository, commit: base)
        let mergeBases = try repository.mergeBases(base, head).map {
            CommitSnapshot(repository: repository, commit: $0)
        }
        var own: [String: ChangedFields] = [:]
        var outcome: [String: ChangedFields] = [:]
        var added: Set<String> = []
        for path in Set(try repository.uncommittedPaths()) {
            let now = try FileVersion(worktree, at: path)
            let before = try FileVersion(headSnapshot, at: path)
            guard now != before else { continue }
            // The file on disk has no blob in the object database yet: its parts are read from the disk.
            if let now, parts[now.id] == nil, now.mode != 0o160000, AssessmentPath(path).agency != nil {
                parts[now.id] = FieldGroups(agencyFile: try worktree.read(id: now.id, path: path))
            }
            let fields = try changed(path, from: before, to: now)
            if !fields.isEmpty { own[path] = fields }
            let starts = try mergeBases.isEmpty ? [nil] : mergeBases.map { try FileVersion($0, at: path) }
            var kept: ChangedFields = []
            for start in starts { kept.formUnion(try changed(path, from: start, to: now)) }
            kept.formIntersection(try changed(path, from: FileVersion(baseSnapshot, at: path), to: now))
            outcome[path] = kept
            if now != nil, starts.contains(where: { $0 == nil }) { added.insert(path) }
        }
        return (own, outcome, added)
    }

    /// What merging `head` would change on `base`, part by part: what differs from the base and from a merge
    /// base. After criss-cross merges there are several merge bases and git merges from a virtual one built of
    /// them all, so a part that matches one merge base but not another may still land (an old version brought
    /// back): it counts when it differs from any of them.
    private func outcome(base: ObjectID, head: ObjectID) throws -> (
        outcome: [String: ChangedFields], added: Set<String>
    ) {
        let againstBase = try repository.pathSides(from: base, to: head, recording: spellings)
        guard !againstBase.isEmpty else { return ([:], []) }
        let mergeBases = try repository.mergeBases(base, head)
        let starts: [ObjectID?] = mergeBases.isEmpty ? [nil] : mergeBases
        let sides = try starts.map { try repository.pathSides(from: $0, to: head, recording: spellings) }
        var outcome: [String: ChangedFields] = [:]
        var added: Set<String> = []
        for (path, fromBase) in againstBase {
            var fields: ChangedFields = []
            for side in sides {
                if let change = side[path] { fields.formUnion(try changed(path, from: change.old, to: change.new)) }
            }
            fields.formIntersection(try changed(path, from: fromBase.old, to: fromBase.new))
            guard !fields.isEmpty else { continue }
            outcome[path] = fields
            if sides.contains(where: { $0[path].map { $0.old == nil } ?? false }) { added.insert(path) }
        }
        return (outcome, added)
    }

    /// The parts of `path` that differ between two versions; in an agency file a mode change alone (a file made
    /// executable, a symbolic link) touches the agency's part.
    private func changed(_ path: String, from old: FileVersion?, to new: FileVersion?) throws -> ChangedFields {
        guard AssessmentPath(path).agency != nil else { return old == new ? [] : .whole }
        var fields = try groups(old).changed(to: groups(new))
        if let old, let new, old.mode != new.mode { fields.insert(.agency) }
        return fields
    }

    /// What a commit changed of `path` itself: against its parent, or for a merge what no clean merge gives.
    private func ownChange(_ versions: PathVersions) throws -> ChangedFields {
        guard versions.parents.count > 1 else {
            return try changed(versions.path, from: versions.parents.first ?? nil, to: versions.result)
        }
        // What a merge takes cleanly as whole files it takes cleanly part by part too: no need to read them.
        let own = CleanMerge.isOwnChange(versions.result, parents: versions.parents, base: versions.mergeBase)
        guard own, AssessmentPath(versions.path).agency != nil else { return own ? .whole : [] }
        return try FieldGroups.changedByMerge(
            groups(versions.result), parents: versions.parents.map(groups), base: groups(versions.mergeBase))
    }

    private func groups(_ version: FileVersion?) throws -> FieldGroups {
        guard let version else { return FieldGroups(agencyFile: nil) }
        let id = version.id
        // A submodule has no blob to read: its commit id stands in, which parses as no agency file.
        if version.mode == 0o160000 { return FieldGroups(agencyFile: Array(id.hex.utf8)) }
        if let known = parts[id] { return known }
        let groups = FieldGroups(agencyFile: try repository.blob(id))
        parts[id] = groups
        return groups
    }
}

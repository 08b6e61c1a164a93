import GitStore
import SPBECore

/// Reads a merge request's `ChangeFacts` from git in one pass: what differs between the merge base and the head,
/// and what each commit of `base..head` (merges included) changed itself, with its signature where keys are
/// listed. Each agency file's blob is read and split into its parts once, whichever commit meets it.
final class ChangeFactsReader {
    private let repository: Repository
    private var parts: [ObjectID: FieldGroups] = [:]

    init(repository: Repository) { self.repository = repository }

    /// The facts of `base..head`; only commits that bring something the merge request keeps are verified.
    func read(base: ObjectID, head: ObjectID, verifier: SignatureVerifier?) throws -> ChangeFacts {
        let mergeBase = try repository.mergeBase(of: [base, head])
        var outcome: [String: ChangedFields] = [:]
        var added: Set<String> = []
        for (path, sides) in try repository.pathSides(from: mergeBase, to: head) {
            let fields = try changed(path, from: sides.old, to: sides.new)
            guard !fields.isEmpty else { continue }
            outcome[path] = fields
            if sides.old == nil { added.insert(path) }
        }
        let kept = ChangeFacts(outcome: outcome, added: added, commits: [])
        var commits: [ChangeFacts.Commit] = []
        for commit in try repository.commits(from: base, to: head) {
            var changes: [String: ChangedFields] = [:]
            for versions in try repository.pathVersions(of: commit) {
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
        return ChangeFacts(outcome: outcome, added: added, commits: commits)
    }

    /// The parts of `path` that differ between two versions.
    private func changed(_ path: String, from old: FileVersion?, to new: FileVersion?) throws -> ChangedFields {
        guard AssessmentPath(path).agency != nil else { return old == new ? [] : .whole }
        return try groups(old).changed(to: groups(new))
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

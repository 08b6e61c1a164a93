import CGit2

extension Repository {
    /// The commit's metadata.
    public func commit(_ id: ObjectID) throws -> Commit {
        var oid = id.raw
        var handle: OpaquePointer?
        do {
            try Libgit2.check(git_commit_lookup(&handle, self.handle, &oid), .readCommit("\(id)"))
        } catch {
            throw objectError(error, id: id, inHistory: true)
        }
        guard let handle else { throw GitError.missingObject(id) }
        defer { git_commit_free(handle) }
        let parents = (0..<git_commit_parentcount(handle)).compactMap {
            git_commit_parent_id(handle, $0).map { ObjectID($0.pointee) }
        }
        return Commit(
            id: id, parents: parents,
            author: Self.signature(git_commit_author(handle)),
            committer: Self.signature(git_commit_committer(handle)),
            message: git_commit_message(handle).map { String(cString: $0) } ?? "")
    }

    /// The commits reachable from `head` but not from `base` (`base..head`), newest first.
    ///
    /// With `touching`, only commits that changed that path against every parent (as `git log -- path`
    /// without rename following); `base` nil walks the whole history.
    public func commits(from base: ObjectID?, to head: ObjectID, touching path: String? = nil) throws -> [Commit] {
        var walker: OpaquePointer?
        try Libgit2.check(git_revwalk_new(&walker, handle), .walkHistory(from: nil))
        guard let walker else { return [] }
        defer { git_revwalk_free(walker) }
        try Libgit2.check(
            git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue), .walkHistory(from: nil)
        )
        var headOID = head.raw
        try history { try Libgit2.check(git_revwalk_push(walker, &headOID), .walkHistory(from: "\(head)")) }
        if let base {
            var baseOID = base.raw
            try history { try Libgit2.check(git_revwalk_hide(walker, &baseOID), .walkHistory(from: "\(base)")) }
        }
        var result: [Commit] = []
        var oid = git_oid()
        while true {
            let code = git_revwalk_next(&oid, walker)
            if code == GIT_ITEROVER.rawValue { break }
            try history { try Libgit2.check(code, .walkHistory(from: nil)) }
            let commit = try commit(ObjectID(oid))
            if let path, try !changes(commit, path: path) { continue }
            result.append(commit)
        }
        return result
    }

    /// True when `path` in `commit` differs from the same path in every parent (or exists in a root commit).
    private func changes(_ commit: Commit, path: String) throws -> Bool {
        let mine = try pathID(at: commit.id, path: path)
        if commit.parents.isEmpty { return mine != nil }
        for parent in commit.parents where try history({ try pathID(at: parent, path: path) }) == mine {
            return false
        }
        return true
    }

    /// The id of whatever (blob or tree) sits at `path` in a commit.
    func pathID(at commit: ObjectID, path: String) throws -> ObjectID? {
        if path.isEmpty {
            let tree = try rootTree(of: commit)
            defer { git_tree_free(tree) }
            return ObjectID(git_tree_id(tree).pointee)
        }
        return try withEntry(at: commit, path: path) { ObjectID(git_tree_entry_id($0).pointee) }
    }

    /// Runs a history read, reporting a missing object in a shallow clone as `shallowHistory`.
    @discardableResult
    private func history<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as GitError {
            if case .missingObject = error, isShallow { throw GitError.shallowHistory }
            throw objectError(error, id: nil, inHistory: true)
        }
    }

    private static func signature(_ pointer: UnsafePointer<git_signature>?) -> Signature {
        guard let value = pointer?.pointee else { return Signature(name: "", email: "", time: 0, offsetMinutes: 0) }
        return Signature(
            name: value.name.map { String(cString: $0) } ?? "",
            email: value.email.map { String(cString: $0) } ?? "",
            time: value.when.time, offsetMinutes: value.when.offset)
    }
}

extension Repository {
    /// True when `ancestor` is reachable from `commit` (and is not `commit` itself).
    public func isAncestor(_ ancestor: ObjectID, of commit: ObjectID) throws -> Bool {
        var commitOID = commit.raw
        var ancestorOID = ancestor.raw
        let result = git_graph_descendant_of(handle, &commitOID, &ancestorOID)
        if result < 0 {
            let error = Libgit2.lastError(code: result, operation: .walkHistory(from: nil))
            throw objectError(error, id: nil, inHistory: true)
        }
        return result == 1
    }

    /// For each path below `folder`, the newest commit reachable from `head` that changed it (against its first
    /// parent), walking history only as far as needed to find `paths`.
    public func lastCommits(touching paths: Set<String>, under folder: String, from head: ObjectID) throws -> [String:
        Commit]
    {
        var found: [String: Commit] = [:]
        for commit in try commits(from: nil, to: head, touching: folder) {
            for change in try changes(from: commit.parents.first, to: commit.id, under: folder) {
                for path in [change.oldPath, change.newPath].compactMap({ $0 })
                where paths.contains(path) && found[path] == nil {
                    found[path] = commit
                }
            }
            if found.count == paths.count { break }
        }
        return found
    }
}

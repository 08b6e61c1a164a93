import CGit2

extension Repository {
    /// The prefix of review-cycle tags: `cycle/2024`.
    public static let cycleTagPrefix = "cycle/"

    /// Resolves a revision (branch, tag, commit id, `HEAD~2`, `A^`, …) to a commit.
    ///
    /// A revision that does not resolve as given is tried as the cycle tag `cycle/<revision>`.
    public func resolveCommit(_ revision: String) throws -> ObjectID {
        if let id = try peelToCommit(revision) { return id }
        if !revision.hasPrefix(Self.cycleTagPrefix),
            let id = try peelToCommit("refs/tags/\(Self.cycleTagPrefix)\(revision)")
        {
            return id
        }
        if isEmpty { throw GitError.emptyRepository }
        let cycles = (try? tags(prefix: Self.cycleTagPrefix).map(\.name)) ?? []
        throw GitError.unknownRevision(revision, cycles: cycles)
    }

    /// The commit a revision names, or nil when it names nothing.
    private func peelToCommit(_ revision: String) throws -> ObjectID? {
        var object: OpaquePointer?
        let code = git_revparse_single(&object, handle, revision)
        guard code >= 0, let object else {
            let error = Libgit2.lastError(code: code, operation: "resolve '\(revision)'")
            if [GIT_ENOTFOUND.rawValue, GIT_EAMBIGUOUS.rawValue, GIT_EINVALIDSPEC.rawValue].contains(code) {
                if isShallow, case .libgit2(_, _, let message) = error, message.contains("object not found") {
                    throw GitError.shallowHistory
                }
                return nil
            }
            throw error
        }
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        let peeled = git_object_peel(&commit, object, GIT_OBJECT_COMMIT)
        guard peeled >= 0, let commit else {
            _ = Libgit2.lastError(code: peeled, operation: "peel '\(revision)'")
            return nil
        }
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit).pointee)
    }
}

import CGit2

extension Repository {
    /// Resolves a revision (branch, tag, commit id, `HEAD~2`, `A^`, …) to a commit.
    public func resolveCommit(_ revision: String) throws -> ObjectID {
        if let id = try peelToCommit(revision) { return id }
        if isEmpty { throw GitError.emptyRepository }
        throw GitError.unknownRevision(revision)
    }

    /// The commit a revision names, or nil when it names nothing.
    private func peelToCommit(_ revision: String) throws -> ObjectID? {
        var object: OpaquePointer?
        let code = git_revparse_single(&object, handle, revision)
        guard code >= 0, let object else {
            let error = Libgit2.lastError(code: code, operation: .resolve(revision: revision))
            if [GIT_ENOTFOUND.rawValue, GIT_EAMBIGUOUS.rawValue, GIT_EINVALIDSPEC.rawValue].contains(code) {
                if isShallow, case .libgit2(_, _, _, let message) = error, message.contains("object not found") {
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
            _ = Libgit2.lastError(code: peeled, operation: .resolve(revision: revision))
            return nil
        }
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit).pointee)
    }
}

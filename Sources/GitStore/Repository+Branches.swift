import CGit2

extension Repository {
    /// The upstream of the branch HEAD is on (`origin/main`), or nil: detached, unborn or none configured.
    public func upstreamOfHead() -> String? {
        var head: OpaquePointer?
        guard git_repository_head(&head, handle) == 0, let head else {
            git_error_clear()
            return nil
        }
        defer { git_reference_free(head) }
        var upstream: OpaquePointer?
        guard git_reference_is_branch(head) == 1, git_branch_upstream(&upstream, head) == 0, let upstream else {
            git_error_clear()
            return nil
        }
        defer { git_reference_free(upstream) }
        return git_reference_shorthand(upstream).map { String(cString: $0) }
    }
}

extension Repository {
    /// The repository's default branch as a reference name: what its upstream's `HEAD` points to
    /// (`refs/remotes/origin/main`), else `refs/heads/main`, `refs/heads/master`, `refs/remotes/origin/main` or
    /// `refs/remotes/origin/master` where they exist (a CI clone may have only the remote ones).
    public func defaultBranch() -> String? {
        var remoteHead: OpaquePointer?
        if git_reference_lookup(&remoteHead, handle, "refs/remotes/origin/HEAD") == 0, let remoteHead {
            defer { git_reference_free(remoteHead) }
            if let target = git_reference_symbolic_target(remoteHead) { return String(cString: target) }
        }
        git_error_clear()
        for name in ["refs/heads/main", "refs/heads/master", "refs/remotes/origin/main", "refs/remotes/origin/master"] {
            var reference: OpaquePointer?
            if git_reference_lookup(&reference, handle, name) == 0 {
                git_reference_free(reference)
                return name
            }
            git_error_clear()
        }
        return nil
    }
}

extension Repository {
    /// The references a short name could mean, in git's order (`refs/NAME`, `refs/tags/NAME`, `refs/heads/NAME`,
    /// `refs/remotes/NAME`, `refs/remotes/NAME/HEAD`), with the commit each peels to: those that exist.
    public func referencesNamed(_ name: String) -> [(name: String, commit: ObjectID)] {
        let candidates =
            ["refs/\(name)", "refs/tags/\(name)", "refs/heads/\(name)", "refs/remotes/\(name)"]
            + ["refs/remotes/\(name)/HEAD"]
        return candidates.compactMap { candidate in
            guard let commit = try? resolveCommit(candidate) else {
                git_error_clear()
                return nil
            }
            return (candidate, commit)
        }
    }
}

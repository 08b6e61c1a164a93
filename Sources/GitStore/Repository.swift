import CGit2

/// An open git repository: the one owner of its libgit2 handle.
///
/// Not `Sendable`: libgit2 handles must stay on one thread, so open one `Repository` per thread.
public final class Repository {
    let handle: OpaquePointer

    /// The folder that was asked for, as the user spelled it (used in messages).
    public let requestedPath: String

    /// Opens the repository at `path` or the nearest one above it; bare repositories work too.
    public init(discoveringFrom path: String) throws {
        try Libgit2.ready()
        var repo: OpaquePointer?
        let code = git_repository_open_ext(&repo, path, 0, nil)
        if code == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            throw GitError.notARepository(path: path)
        }
        try Libgit2.check(code, .openRepository(path: path))
        guard let repo else { throw GitError.notARepository(path: path) }
        handle = repo
        requestedPath = path
    }

    deinit { git_repository_free(handle) }

    /// True for a repository without a working tree.
    public var isBare: Bool { git_repository_is_bare(handle) == 1 }

    /// True for a shallow clone, whose history stops early.
    public var isShallow: Bool { git_repository_is_shallow(handle) == 1 }

    /// True when the repository has no commits yet (HEAD names a branch that does not exist).
    public var isEmpty: Bool { git_repository_head_unborn(handle) == 1 }

    /// The working tree's folder, ending in `/`; nil for a bare repository.
    public var workingDirectory: String? {
        git_repository_workdir(handle).map { String(cString: $0) }
    }

    /// The `.git` folder (or the bare repository itself), ending in `/`.
    public var gitDirectory: String { String(cString: git_repository_path(handle)) }

    /// Turns a failure while reading objects into `missingObject` or `shallowHistory` where that is what it means.
    func objectError(_ error: GitError, id: ObjectID?, inHistory: Bool = false) -> GitError {
        guard case .libgit2(_, _, let code, _) = error, code == GIT_ENOTFOUND.rawValue else { return error }
        if inHistory && isShallow { return .shallowHistory }
        if let id { return .missingObject(id) }
        return error
    }
}

@available(*, unavailable)
extension Repository: Sendable {}

extension Repository {
    /// The URL of a remote (e.g. `origin`), or nil when there is none.
    public func remoteURL(_ name: String) -> String? {
        var remote: OpaquePointer?
        guard git_remote_lookup(&remote, handle, name) == 0, let remote else {
            git_error_clear()
            return nil
        }
        defer { git_remote_free(remote) }
        return git_remote_url(remote).map { String(cString: $0) }
    }
}

import CGit2

/// The process-wide libgit2 set-up: initialised once on first use, never shut down.
///
/// Owner validation (`safe.directory`) is switched off: spbe never runs hooks or filters, it writes only where a
/// command exists to (`init` creates a repository and commits to it), and CI containers routinely check out
/// repositories owned by another user.
enum Libgit2 {
    private static let initialized: GitError? = {
        let code = git_libgit2_init()
        if code < 0 { return lastError(code: code, operation: .initialize) }
        _ = spbe_git_set_owner_validation(0)
        // Like git's own readers (cat-file, show), do not re-hash every object read: zlib's checksum still
        // catches damaged data, and hashing took a sixth of a national `score`.
        _ = spbe_git_set_strict_hash_verification(0)
        return nil
    }()

    /// Initialises libgit2 on first use; throws what it said when it could not.
    static func ready() throws(GitError) {
        if let initialized { throw initialized }
    }

    /// Runs a libgit2 call, turning a negative return code into a `GitError` read at once.
    @discardableResult
    static func check(_ code: Int32, _ operation: @autoclosure () -> GitOperation) throws(GitError) -> Int32 {
        guard code < 0 else { return code }
        throw lastError(code: code, operation: operation())
    }

    /// Reads and clears libgit2's thread-local error right after a failed call.
    static func lastError(code: Int32, operation: GitOperation) -> GitError {
        var message = ""
        var errorClass: Int32 = 0
        if let error = git_error_last() {
            errorClass = error.pointee.klass
            if let text = error.pointee.message { message = String(cString: text).trimmingCharacters(in: "\n") }
        }
        git_error_clear()
        return .libgit2(operation: operation, errorClass: errorClass, code: code, message: message)
    }
}

extension Repository {
    /// Re-hashes every object read against its id, for every repository of the process: what a check that must
    /// not be fooled by a doctored object database (`lint --base`) turns on, at some cost in speed.
    public static func verifyObjectHashes(_ enabled: Bool) throws {
        try Libgit2.ready()
        try Libgit2.check(spbe_git_set_strict_hash_verification(enabled ? 1 : 0), .initialize)
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}

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
    /// A value of git's configuration as this repository sees it (its own, then global and system), or nil.
    public func configValue(_ key: String) -> String? {
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, handle) == 0, let config else {
            git_error_clear()
            return nil
        }
        defer { git_config_free(config) }
        var value: UnsafePointer<CChar>?
        guard git_config_get_string(&value, config, key) == 0, let value else {
            git_error_clear()
            return nil
        }
        return String(cString: value)
    }
}

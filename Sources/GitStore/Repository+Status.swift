import CGit2

extension Repository {
    /// The paths that differ from HEAD in the index or the working tree, untracked files included (ignored ones
    /// not): what a command that rewrites files must not overwrite.
    public func uncommittedPaths() throws -> [String] {
        var options = git_status_options()
        try Libgit2.check(git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)), .readStatus)
        options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR
        options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
        var list: OpaquePointer?
        try Libgit2.check(git_status_list_new(&list, handle, &options), .readStatus)
        defer { git_status_list_free(list) }
        var paths: [String] = []
        for index in 0..<git_status_list_entrycount(list) {
            guard let entry = git_status_byindex(list, index)?.pointee else { continue }
            let delta = entry.index_to_workdir ?? entry.head_to_index
            guard let path = delta?.pointee.new_file.path ?? delta?.pointee.old_file.path else { continue }
            paths.append(String(cString: path))
        }
        return paths
    }
}

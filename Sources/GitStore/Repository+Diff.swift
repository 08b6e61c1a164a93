import CGit2

extension Repository {
    /// The paths that differ below `folder` between two commits (`old` nil means an empty tree),
    /// with renames detected, in path order.
    public func changes(from old: ObjectID?, to new: ObjectID, under folder: String) throws -> [TreeChange] {
        let oldTree = try old.flatMap { try subtree(at: $0, folder: folder) }
        defer { if let oldTree { git_tree_free(oldTree) } }
        let newTree = try subtree(at: new, folder: folder)
        defer { if let newTree { git_tree_free(newTree) } }
        if oldTree == nil && newTree == nil { return [] }

        var diff: OpaquePointer?
        try Libgit2.check(git_diff_tree_to_tree(&diff, handle, oldTree, newTree, nil), .diff)
        guard let diff else { return [] }
        defer { git_diff_free(diff) }
        var findOptions = git_diff_find_options()
        try Libgit2.check(
            git_diff_find_options_init(&findOptions, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)), .diff)
        findOptions.flags = GIT_DIFF_FIND_RENAMES.rawValue
        try Libgit2.check(git_diff_find_similar(diff, &findOptions), .diff)

        let prefix = folder.isEmpty ? "" : folder + "/"
        var result: [TreeChange] = []
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
            let oldPath = prefix + String(cString: delta.old_file.path)
            let newPath = prefix + String(cString: delta.new_file.path)
            let oldID = ObjectID(delta.old_file.id)
            let newID = ObjectID(delta.new_file.id)
            let change: TreeChange
            switch delta.status {
            case GIT_DELTA_ADDED:
                change = TreeChange(status: .added, oldPath: nil, newPath: newPath, oldID: nil, newID: newID)
            case GIT_DELTA_DELETED:
                change = TreeChange(status: .deleted, oldPath: oldPath, newPath: nil, oldID: oldID, newID: nil)
            case GIT_DELTA_RENAMED:
                change = TreeChange(status: .renamed, oldPath: oldPath, newPath: newPath, oldID: oldID, newID: newID)
            case GIT_DELTA_TYPECHANGE:
                change = TreeChange(
                    status: .typeChanged, oldPath: oldPath, newPath: newPath, oldID: oldID, newID: newID)
            default:
                change = TreeChange(status: .modified, oldPath: oldPath, newPath: newPath, oldID: oldID, newID: newID)
            }
            result.append(change)
        }
        return result.sorted { $0.path < $1.path }
    }
}

extension Repository {
    /// The paths a commit changed against its first parent (everything, for a root commit); both sides of a rename.
    public func changedPaths(in commit: Commit) throws -> [String] {
        let changes = try self.changes(from: commit.parents.first, to: commit.id, under: "")
        return changes.flatMap { [$0.oldPath, $0.newPath].compactMap { $0 } }.reduce(into: [String]()) { list, path in
            if list.last != path && !list.contains(path) { list.append(path) }
        }
    }
}

import CGit2

extension Repository {
    /// Every file-like entry below `folder` (`""` for the whole tree) in a commit, in path order.
    ///
    /// A missing folder gives no entries.
    public func entries(at commit: ObjectID, under folder: String) throws -> [TreeEntry] {
        guard let tree = try subtree(at: commit, folder: folder) else { return [] }
        defer { git_tree_free(tree) }
        var result: [TreeEntry] = []
        var path = folder.isEmpty ? [] : Array(folder.utf8) + [UInt8(ascii: "/")]
        try collect(tree, path: &path, into: &result)
        return result
    }

    /// Appends the entries below `tree`, whose folder's path (ending in `/`) is `path`: one buffer grows and
    /// shrinks back for every entry, as a national revision has thousands.
    private func collect(_ tree: OpaquePointer, path: inout [UInt8], into result: inout [TreeEntry]) throws {
        let folderLength = path.count
        defer { path.removeSubrange(folderLength...) }
        for index in 0..<git_tree_entrycount(tree) {
            guard let entry = git_tree_entry_byindex(tree, index) else { continue }
            path.removeSubrange(folderLength...)
            Self.append(cString: git_tree_entry_name(entry), to: &path)
            let id = ObjectID(git_tree_entry_id(entry).pointee)
            let mode = git_tree_entry_filemode(entry).rawValue
            if mode == GIT_FILEMODE_TREE.rawValue {
                var child: OpaquePointer?
                do {
                    try Libgit2.check(git_tree_lookup(&child, handle, git_tree_entry_id(entry)), .readTree("\(id)"))
                } catch {
                    throw objectError(error, id: id)
                }
                guard let child else { continue }
                defer { git_tree_free(child) }
                path.append(UInt8(ascii: "/"))
                try collect(child, path: &path, into: &result)
            } else {
                result.append(TreeEntry(pathBytes: path, mode: mode, id: id))
            }
        }
    }

    /// Appends the bytes of a C string, without its terminating NUL and without any UTF-8 decoding.
    private static func append(cString pointer: UnsafePointer<CChar>?, to bytes: inout [UInt8]) {
        guard let pointer else { return }
        var index = 0
        while pointer[index] != 0 {
            bytes.append(UInt8(bitPattern: pointer[index]))
            index += 1
        }
    }

    /// The bytes of a blob.
    public func blob(_ id: ObjectID) throws -> [UInt8] {
        var oid = id.raw
        var blob: OpaquePointer?
        do {
            try Libgit2.check(git_blob_lookup(&blob, handle, &oid), .readBlob("\(id)"))
        } catch {
            throw objectError(error, id: id)
        }
        guard let blob else { throw GitError.missingObject(id) }
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let raw = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: raw, count: size))
    }

    /// The entry at `path` in a commit, or nil when there is none (or it is a folder).
    public func entry(at commit: ObjectID, path: String) throws -> TreeEntry? {
        try withEntry(at: commit, path: path) { entry in
            let mode = git_tree_entry_filemode(entry).rawValue
            guard mode != GIT_FILEMODE_TREE.rawValue else { return nil }
            return TreeEntry(pathBytes: Array(path.utf8), mode: mode, id: ObjectID(git_tree_entry_id(entry).pointee))
        } ?? nil
    }

    /// Runs `body` on the tree entry at `path` in a commit (a file or a folder), freed afterwards; nil when
    /// there is no such entry.
    func withEntry<T>(at commit: ObjectID, path: String, _ body: (OpaquePointer) throws -> T) throws -> T? {
        let tree = try rootTree(of: commit)
        defer { git_tree_free(tree) }
        var entry: OpaquePointer?
        let code = git_tree_entry_bypath(&entry, tree, path)
        if code == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return nil
        }
        try Libgit2.check(code, .findPath(path))
        guard let entry else { return nil }
        defer { git_tree_entry_free(entry) }
        return try body(entry)
    }

    /// The bytes of the file at `path` in a commit, or nil when there is no such file.
    public func blob(at commit: ObjectID, path: String) throws -> [UInt8]? {
        guard let entry = try entry(at: commit, path: path), entry.isFile else { return nil }
        return try blob(entry.id)
    }

    /// The root tree of a commit; the caller frees it.
    func rootTree(of commit: ObjectID) throws -> OpaquePointer {
        var oid = commit.raw
        var commitHandle: OpaquePointer?
        do {
            try Libgit2.check(git_commit_lookup(&commitHandle, handle, &oid), .readCommit("\(commit)"))
        } catch {
            throw objectError(error, id: commit)
        }
        guard let commitHandle else { throw GitError.missingObject(commit) }
        defer { git_commit_free(commitHandle) }
        var tree: OpaquePointer?
        do {
            try Libgit2.check(git_commit_tree(&tree, commitHandle), .readTree("\(commit)"))
        } catch {
            throw objectError(error, id: ObjectID(git_commit_tree_id(commitHandle).pointee))
        }
        guard let tree else { throw GitError.missingObject(commit) }
        return tree
    }

    /// The tree of `folder` in a commit (the root for `""`), or nil when the folder does not exist; the caller frees it.
    func subtree(at commit: ObjectID, folder: String) throws -> OpaquePointer? {
        if folder.isEmpty { return try rootTree(of: commit) }
        return try withEntry(at: commit, path: folder) { entry -> OpaquePointer? in
            guard git_tree_entry_filemode(entry) == GIT_FILEMODE_TREE else { return nil }
            var tree: OpaquePointer?
            let id = ObjectID(git_tree_entry_id(entry).pointee)
            do {
                try Libgit2.check(git_tree_lookup(&tree, handle, git_tree_entry_id(entry)), .readTree("\(id)"))
            } catch let error as GitError {
                throw objectError(error, id: id)
            }
            return tree
        } ?? nil
    }
}

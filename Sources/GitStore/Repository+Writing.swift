import CGit2

extension Repository {
    /// Creates an empty non-bare repository at `path` whose first branch is `branch`.
    public static func create(at path: String, branch: String = "main") throws -> Repository {
        try Libgit2.ready()
        var options = git_repository_init_options()
        try Libgit2.check(
            git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
            .createRepository(path: path))
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue
        var repo: OpaquePointer?
        try branch.withCString { name in
            options.initial_head = name
            try Libgit2.check(git_repository_init_ext(&repo, path, &options), .createRepository(path: path))
        }
        if let repo { git_repository_free(repo) }
        return try Repository(discoveringFrom: path)
    }

    /// Commits exactly `files` (path → bytes; the whole tree) on top of HEAD and moves HEAD's branch to it.
    @discardableResult
    public func commit(
        files: [String: [UInt8]], executables: Set<String> = [], message: String, author: Signature,
        committer: Signature
    ) throws -> ObjectID {
        let tree = try writeTree(files, executables: executables, prefix: "")
        var treeOID = tree.raw
        var treeHandle: OpaquePointer?
        try Libgit2.check(git_tree_lookup(&treeHandle, handle, &treeOID), .writeTree(path: nil))
        defer { git_tree_free(treeHandle) }
        var parent: OpaquePointer?
        if !isEmpty {
            var head = try resolveCommit("HEAD").raw
            try Libgit2.check(git_commit_lookup(&parent, handle, &head), .readCommit("HEAD"))
        }
        defer { if let parent { git_commit_free(parent) } }
        let authorSignature = try Self.makeSignature(author)
        defer { git_signature_free(authorSignature) }
        let committerSignature = try Self.makeSignature(committer)
        defer { git_signature_free(committerSignature) }
        var id = git_oid()
        var parents: [OpaquePointer?] = parent.map { [$0] } ?? []
        try parents.withUnsafeMutableBufferPointer { buffer in
            _ = try Libgit2.check(
                git_commit_create(
                    &id, handle, "HEAD", authorSignature, committerSignature, "UTF-8", message, treeHandle,
                    buffer.count, buffer.baseAddress),
                .commit)
        }
        return ObjectID(id)
    }

    /// Tags a commit: annotated when `message` is given, else lightweight.
    public func tag(_ name: String, at commit: ObjectID, message: String?, tagger: Signature) throws {
        var oid = commit.raw
        var target: OpaquePointer?
        try Libgit2.check(git_object_lookup(&target, handle, &oid, GIT_OBJECT_COMMIT), .readCommit("\(commit)"))
        defer { git_object_free(target) }
        var id = git_oid()
        if let message {
            let signature = try Self.makeSignature(tagger)
            defer { git_signature_free(signature) }
            try Libgit2.check(git_tag_create(&id, handle, name, target, signature, message, 0), .tag(name))
        } else {
            try Libgit2.check(git_tag_create_lightweight(&id, handle, name, target, 0), .tag(name))
        }
    }

    /// Writes HEAD's files to the working tree and the index, overwriting what is there.
    public func checkoutHead() throws {
        var options = git_checkout_options()
        try Libgit2.check(git_checkout_options_init(&options, UInt32(GIT_CHECKOUT_OPTIONS_VERSION)), .checkout)
        options.checkout_strategy = GIT_CHECKOUT_FORCE.rawValue
        try Libgit2.check(git_checkout_head(handle, &options), .checkout)
    }

    private func writeTree(_ files: [String: [UInt8]], executables: Set<String>, prefix: String) throws -> ObjectID {
        var builder: OpaquePointer?
        try Libgit2.check(git_treebuilder_new(&builder, handle, nil), .writeTree(path: nil))
        defer { git_treebuilder_free(builder) }
        var folders: [String: [String: [UInt8]]] = [:]
        for (path, bytes) in files {
            if let slash = path.firstIndex(of: "/") {
                folders[String(path[..<slash]), default: [:]][String(path[path.index(after: slash)...])] = bytes
                continue
            }
            var blob = git_oid()
            try bytes.withUnsafeBytes { raw in
                _ = try Libgit2.check(
                    git_blob_create_from_buffer(&blob, handle, raw.baseAddress, raw.count),
                    .writeTree(path: prefix + path))
            }
            let mode = executables.contains(prefix + path) ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB
            try Libgit2.check(git_treebuilder_insert(nil, builder, path, &blob, mode), .writeTree(path: prefix + path))
        }
        for (name, contents) in folders {
            var subtree = try writeTree(contents, executables: executables, prefix: prefix + name + "/").raw
            try Libgit2.check(
                git_treebuilder_insert(nil, builder, name, &subtree, GIT_FILEMODE_TREE), .writeTree(path: prefix + name)
            )
        }
        var id = git_oid()
        try Libgit2.check(git_treebuilder_write(&id, builder), .writeTree(path: nil))
        return ObjectID(id)
    }

    private static func makeSignature(_ signature: Signature) throws -> UnsafeMutablePointer<git_signature> {
        var result: UnsafeMutablePointer<git_signature>?
        try Libgit2.check(
            git_signature_new(&result, signature.name, signature.email, signature.time, signature.offsetMinutes),
            .sign)
        guard let result else {
            throw GitError.libgit2(operation: .sign, errorClass: 0, code: -1, message: "no signature")
        }
        return result
    }
}

import CGit2

extension Repository {
    /// A commit's signature (the `gpgsig` header: an SSH or OpenPGP armored block) and the payload it signs, as
    /// `git verify-commit` reads them; nil when the commit is not signed.
    public func commitSignature(_ commit: ObjectID) throws -> (signature: [UInt8], payload: [UInt8])? {
        var oid = commit.raw
        var signature = git_buf()
        var payload = git_buf()
        defer {
            git_buf_dispose(&signature)
            git_buf_dispose(&payload)
        }
        let code = git_commit_extract_signature(&signature, &payload, handle, &oid, nil)
        if code == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return nil
        }
        try Libgit2.check(code, .readSignature(commit: "\(commit)"))
        return (Self.bytes(signature), Self.bytes(payload))
    }

    /// An annotated tag's signature (the armored block at the end of its message) and the payload it signs (the tag
    /// object before it), as `git verify-tag` reads them, with the name the tag object gives itself (its `tag`
    /// header, which a signature covers and a ref name does not); `annotated` is false for a lightweight tag, and
    /// the signature nil when the tag is not signed.
    public func tagSignature(_ name: String) throws -> (
        annotated: Bool, ownName: String?, signed: (signature: [UInt8], payload: [UInt8])?
    ) {
        var reference: OpaquePointer?
        try Libgit2.check(git_reference_lookup(&reference, handle, "refs/tags/" + name), .readTag(name))
        defer { git_reference_free(reference) }
        guard var target = git_reference_target(reference)?.pointee else { return (false, nil, nil) }
        var odb: OpaquePointer?
        try Libgit2.check(git_repository_odb(&odb, handle), .readTag(name))
        defer { git_odb_free(odb) }
        var object: OpaquePointer?
        try Libgit2.check(git_odb_read(&object, odb, &target), .readTag(name))
        defer { git_odb_object_free(object) }
        guard git_odb_object_type(object) == GIT_OBJECT_TAG, let data = git_odb_object_data(object) else {
            return (false, nil, nil)
        }
        let bytes = Array(UnsafeRawBufferPointer(start: data, count: git_odb_object_size(object)))
        let ownName = Self.header("tag", in: bytes)
        for marker in ["-----BEGIN SSH SIGNATURE-----", "-----BEGIN PGP SIGNATURE-----"] {
            let needle = Array(marker.utf8)
            guard let start = Self.lastRange(of: needle, in: bytes) else { continue }
            return (true, ownName, (Array(bytes[start...]), Array(bytes[..<start])))
        }
        return (true, ownName, nil)
    }

    /// The value of a header line (`tag cycle/2026`) of an object, before the blank line that ends the headers.
    private static func header(_ key: String, in bytes: [UInt8]) -> String? {
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if line.isEmpty { return nil }
            let prefix = Array((key + " ").utf8)
            if line.starts(with: prefix) { return String(decoding: line.dropFirst(prefix.count), as: UTF8.self) }
        }
        return nil
    }

    private static func bytes(_ buffer: git_buf) -> [UInt8] {
        guard let pointer = buffer.ptr else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: buffer.size))
    }

    private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var start = haystack.count - needle.count
        while start >= 0 {
            if haystack[start] == needle[0] && Array(haystack[start..<start + needle.count]) == needle { return start }
            start -= 1
        }
        return nil
    }
}

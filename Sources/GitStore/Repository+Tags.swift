import CGit2

extension Repository {
    /// The tags whose name starts with `prefix`, peeled to commits, oldest commit first (ties by name).
    public func tags(prefix: String) throws -> [Tag] {
        var iterator: OpaquePointer?
        try Libgit2.check(git_reference_iterator_glob_new(&iterator, handle, "refs/tags/\(prefix)*"), .listTags)
        guard let iterator else { return [] }
        defer { git_reference_iterator_free(iterator) }
        var result: [Tag] = []
        while true {
            var reference: OpaquePointer?
            let code = git_reference_next(&reference, iterator)
            if code == GIT_ITEROVER.rawValue { break }
            try Libgit2.check(code, .listTags)
            guard let reference else { break }
            defer { git_reference_free(reference) }
            let name = String(String(cString: git_reference_name(reference)).dropFirst("refs/tags/".count))
            var object: OpaquePointer?
            guard git_reference_peel(&object, reference, GIT_OBJECT_COMMIT) >= 0, let object else {
                git_error_clear()
                continue
            }
            defer { git_object_free(object) }
            let time = git_commit_time(object)
            result.append(Tag(name: name, commit: ObjectID(git_object_id(object).pointee), date: time))
        }
        return result.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }
}

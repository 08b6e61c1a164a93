import CGit2

/// A file as a tree holds it: its blob and its mode (a mode change alone is a change too).
public struct FileVersion: Hashable, Sendable {
    public let id: ObjectID
    public let mode: UInt32

    public init(id: ObjectID, mode: UInt32) {
        self.id = id
        self.mode = mode
    }

    /// The version a snapshot holds at `path`, or nil when it holds none.
    public init?(_ snapshot: any Snapshot, at path: String) throws {
        guard let entry = try snapshot.entry(at: path) else { return nil }
        self.init(id: entry.id, mode: entry.mode)
    }
}

/// One path's versions around a commit, for judging who changed it: in the commit, in each parent and, for a
/// merge, in the parents' merge base (nil everywhere means absent), so that a caller can tell what a merge
/// changed itself from what it took unchanged from a parent.
public struct PathVersions: Sendable {
    public let path: String
    public let result: FileVersion?
    public let parents: [FileVersion?]
    /// The version in the parents' merge base; nil for a commit with fewer than two parents, or none shared.
    public let mergeBase: FileVersion?
}

extension Repository {
    /// Every path that differs between a commit and at least one of its parents (every path of a root commit),
    /// a rename being a deletion and an addition, with its versions around the commit; in path order.
    public func pathVersions(of commit: Commit, recording spellings: PathSpellings? = nil) throws -> [PathVersions] {
        let olds: [ObjectID?] = commit.parents.isEmpty ? [nil] : commit.parents
        let sides = try olds.map { try pathSides(from: $0, to: commit.id, recording: spellings) }
        let base =
            try commit.isMerge
            ? pathSides(from: mergeBase(of: commit.parents), to: commit.id, recording: spellings) : [:]
        let paths = Set(sides.flatMap { $0.keys }).sorted()
        return paths.map { path in
            let result = sides.lazy.compactMap { $0[path] }.first?.new ?? nil
            return PathVersions(
                path: path, result: result,
                parents: commit.parents.indices.map { sides[$0][path].map(\.old) ?? result },
                mergeBase: commit.isMerge ? base[path].map(\.old) ?? result : nil)
        }
    }

    /// Each path that differs between two commits (`old` nil: an empty tree), with its version on either side.
    public func pathSides(from old: ObjectID?, to new: ObjectID, recording spellings: PathSpellings? = nil) throws
        -> [String: (old: FileVersion?, new: FileVersion?)]
    {
        let oldTree = try old.map { try rootTree(of: $0) }
        defer { if let oldTree { git_tree_free(oldTree) } }
        let newTree = try rootTree(of: new)
        defer { git_tree_free(newTree) }
        var diff: OpaquePointer?
        try Libgit2.check(git_diff_tree_to_tree(&diff, handle, oldTree, newTree, nil), .diff)
        guard let diff else { return [:] }
        defer { git_diff_free(diff) }
        var sides: [String: (old: FileVersion?, new: FileVersion?)] = [:]
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
            // Without rename detection a type change may come as a deletion and an addition of one path.
            if delta.status != GIT_DELTA_ADDED {
                let path = PathSpellings.name(delta.old_file.path, recording: spellings)
                sides[path, default: (nil, nil)].old = FileVersion(
                    id: ObjectID(delta.old_file.id), mode: UInt32(delta.old_file.mode))
            }
            if delta.status != GIT_DELTA_DELETED {
                let path = PathSpellings.name(delta.new_file.path, recording: spellings)
                sides[path, default: (nil, nil)].new = FileVersion(
                    id: ObjectID(delta.new_file.id), mode: UInt32(delta.new_file.mode))
            }
        }
        return sides
    }

    /// The best common ancestor of all the commits (`git merge-base --octopus`); nil when they share no history.
    public func mergeBase(of commits: [ObjectID]) throws -> ObjectID? {
        guard commits.count > 1 else { return commits.first }
        var ids = commits.map(\.raw)
        var base = git_oid()
        let code = git_merge_base_octopus(&base, handle, ids.count, &ids)
        if code == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return nil
        }
        do {
            try Libgit2.check(code, .findMergeBase)
        } catch {
            throw objectError(error, id: nil, inHistory: true)
        }
        return ObjectID(base)
    }

    /// Every best common ancestor of two commits (`git merge-base --all`): more than one after criss-cross
    /// merges, where git's merge builds a virtual base from them all; empty when they share no history.
    public func mergeBases(_ one: ObjectID, _ two: ObjectID) throws -> [ObjectID] {
        var first = one.raw
        var second = two.raw
        var array = git_oidarray()
        let code = git_merge_bases(&array, handle, &first, &second)
        if code == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return []
        }
        do {
            try Libgit2.check(code, .findMergeBase)
        } catch {
            throw objectError(error, id: nil, inHistory: true)
        }
        defer { git_oidarray_dispose(&array) }
        return (0..<array.count).map { ObjectID(array.ids[$0]) }
    }
}

/// The paths met in a series of diffs, by their bytes. Swift compares strings by canonical equivalence, so two
/// names git keeps apart (`é` composed and decomposed) are one dictionary key: a caller keying changes by path
/// asks afterwards whether that happened, and refuses to judge a change it cannot tell apart.
public final class PathSpellings {
    private var seen: [String: Set<[UInt8]>] = [:]

    public init() {}

    /// The paths spelled in more than one way (one spelling each, in order).
    public var ambiguous: [String] { seen.filter { $0.value.count > 1 }.keys.sorted() }

    /// A path's name, its bytes recorded.
    static func name(_ path: UnsafePointer<CChar>, recording spellings: PathSpellings?) -> String {
        let name = String(cString: path)
        guard let spellings else { return name }
        var count = 0
        while path[count] != 0 { count += 1 }
        spellings.seen[name, default: []].insert(
            UnsafeBufferPointer(start: path, count: count).map { UInt8(bitPattern: $0) })
        return name
    }
}

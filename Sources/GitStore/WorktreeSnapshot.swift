import CGit2
import Foundation

/// The files of a repository's working tree, as they are on disk now (staged or not).
///
/// Entry ids are the blob ids git would give the files, so caches keyed by id work here too.
/// Names starting with `.git` are skipped, and so are untracked files git ignores (`.gitignore`,
/// `.git/info/exclude`, the global excludes file): an editor's `.DS_Store` beside the agency files is not an
/// assessment. As in git, ignore rules apply to untracked files only: a tracked file is read whatever they say,
/// so `score --worktree` and `score` read the same files.
public final class WorktreeSnapshot: Snapshot {
    public let root: String
    public var commit: ObjectID? { nil }
    private let repository: Repository
    /// The paths in the index, and every folder above them.
    private let tracked: Set<String>

    /// The working tree of `repository`; fails for a bare repository.
    public init(repository: Repository) throws {
        guard let root = repository.workingDirectory else { throw GitError.noWorkingTree }
        self.root = root.hasSuffix("/") ? String(root.dropLast()) : root
        self.repository = repository
        tracked = try Self.indexPaths(repository)
    }

    private static func indexPaths(_ repository: Repository) throws -> Set<String> {
        var index: OpaquePointer?
        try Libgit2.check(git_repository_index(&index, repository.handle), .readIndex)
        defer { git_index_free(index) }
        var paths: Set<String> = []
        for position in 0..<git_index_entrycount(index) {
            guard let path = git_index_get_byindex(index, position)?.pointee.path else { continue }
            var components = String(cString: path).split(separator: "/")
            while !components.isEmpty, paths.insert(components.joined(separator: "/")).inserted {
                components.removeLast()
            }
        }
        return paths
    }

    /// Whether git tracks the path (it is in the index), or it is a folder of tracked files.
    public func isTracked(_ path: String) -> Bool { tracked.contains(path) }

    /// Whether git ignores the path: not tracked (nor a folder of tracked files), and matched by an ignore rule
    /// (an error reading the rules counts as not ignored).
    private func isIgnored(_ path: String) -> Bool {
        if tracked.contains(path) { return false }
        var ignored: Int32 = 0
        guard git_ignore_path_is_ignored(&ignored, repository.handle, path) == 0 else {
            git_error_clear()
            return false
        }
        return ignored == 1
    }

    public func entries(under folder: String) throws -> [TreeEntry] {
        var result: [TreeEntry] = []
        try collect(relative: folder, into: &result)
        return result.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    public func read(_ entry: TreeEntry) throws -> [UInt8] {
        try read(id: entry.id, path: entry.path)
    }

    public func read(id: ObjectID, path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: root + "/" + path) else {
            throw GitError.unreadableFile(path: path)
        }
        return [UInt8](data)
    }

    public func entry(at path: String) throws -> TreeEntry? {
        // A path of the repository names nothing outside it (`..`, `/…`), as in a commit's tree.
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
        var info = stat()
        guard lstat(root + "/" + path, &info) == 0, Self.isTrackable(info) else { return nil }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            return FileManager.default.fileExists(atPath: root + "/" + path + "/.git")
                ? try makeEntry(path, info: info) : nil
        }
        return try makeEntry(path, info: info)
    }

    private func collect(relative folder: String, into result: inout [TreeEntry]) throws {
        let full = folder.isEmpty ? root : root + "/" + folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: full) else { return }
        for name in names where !name.hasPrefix(".git") {
            let path = folder.isEmpty ? name : folder + "/" + name
            if isIgnored(path) { continue }
            var info = stat()
            guard lstat(root + "/" + path, &info) == 0, Self.isTrackable(info) else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                if FileManager.default.fileExists(atPath: root + "/" + path + "/.git") {
                    result.append(try makeEntry(path, info: info))
                } else {
                    try collect(relative: path, into: &result)
                }
            } else {
                result.append(try makeEntry(path, info: info))
            }
        }
    }

    /// What git can hold: regular files, symbolic links and folders. A FIFO, device or socket is none of them,
    /// and reading one could block forever.
    private static func isTrackable(_ info: stat) -> Bool {
        [S_IFREG, S_IFLNK, S_IFDIR].contains(info.st_mode & S_IFMT)
    }

    private func makeEntry(_ path: String, info: stat) throws -> TreeEntry {
        let type = info.st_mode & S_IFMT
        let mode: UInt32
        var oid = git_oid()
        switch type {
        case S_IFLNK:
            mode = 0o120000
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: root + "/" + path)) ?? ""
            let bytes = Array(target.utf8)
            try Libgit2.check(git_odb_hash(&oid, bytes, bytes.count, GIT_OBJECT_BLOB), .hash(path: path))
        case S_IFDIR:
            mode = 0o160000
        default:
            mode = (info.st_mode & 0o111) != 0 ? 0o100755 : 0o100644
            do {
                try Libgit2.check(git_odb_hashfile(&oid, root + "/" + path, GIT_OBJECT_BLOB), .hash(path: path))
            } catch {
                throw GitError.unreadableFile(path: path)
            }
        }
        return TreeEntry(pathBytes: Array(path.utf8), mode: mode, id: ObjectID(oid))
    }
}

@available(*, unavailable)
extension WorktreeSnapshot: Sendable {}

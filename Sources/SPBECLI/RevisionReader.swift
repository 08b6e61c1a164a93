import Foundation
import GitStore
import SPBECore

/// Loads the revisions of one repository for a command: one blob cache for all of them, and the parsing spread
/// over the machine's cores (set `SPBE_THREADS` to choose how many; 1 means no extra threads).
final class RevisionReader {
    let repository: Repository
    let cache: BlobCache
    let threads: Int
    /// Where what is loaded stays until the process ends (see `Context.loaded`).
    private let loaded: Keepsake

    /// `detail`: how much of each file the command needs (see `BlobCache.Detail`).
    init(repository: Repository, context: Context, detail: BlobCache.Detail) {
        self.repository = repository
        cache = BlobCache(detail: detail)
        loaded = context.loaded
        loaded.keep(cache)
        threads =
            context.environment["SPBE_THREADS"].flatMap(Int.init).map { max(1, $0) }
            ?? context.processors
    }

    /// The assessments of a commit.
    func load(_ commit: ObjectID, scopes: [String] = []) throws -> LoadedRevision {
        try load(CommitSnapshot(repository: repository, commit: commit), scopes: scopes)
    }

    /// The assessments of any tree (e.g. the working tree with files not yet written), read on this thread.
    func load(tree: FileTree, scopes: [String] = []) throws -> LoadedRevision {
        let revision = try AssessmentLoader(tree: tree, cache: cache, threads: 1).load(scopes: scopes)
        loaded.keep(revision)
        return revision
    }

    /// The assessments of a commit or of the working tree; other threads open the repository again for themselves.
    func load(_ snapshot: Snapshot, scopes: [String] = []) throws -> LoadedRevision {
        let path = repository.gitDirectory
        let commit = snapshot.commit
        let openTree: () throws -> FileTree = {
            let own = try Repository(discoveringFrom: path)
            if let commit { return SnapshotTree(CommitSnapshot(repository: own, commit: commit)) }
            return SnapshotTree(try WorktreeSnapshot(repository: own))
        }
        let revision = try AssessmentLoader(
            tree: SnapshotTree(snapshot), cache: cache, threads: threads, openTree: openTree
        ).load(scopes: scopes)
        loaded.keep(revision)
        return revision
    }
}

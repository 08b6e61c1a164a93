import GitStore
import SPBECore

/// The review-cycle convention (the README's "File formats"), kept above GitStore: cycles are tags `cycle/<name>`, and a
/// revision argument that does not resolve as given is tried as a cycle tag, so `spbe diff 2023 2024` works.
extension Repository {
    /// The prefix of review-cycle tags: `cycle/2024`.
    static let cycleTagPrefix = "cycle/"

    /// The commit a revision argument names: as given, else the cycle tag `cycle/<revision>`; an unknown one is
    /// an error that lists the cycle tags there are.
    func resolveRevision(_ revision: String) throws -> ObjectID {
        do {
            return try resolveCommit(revision)
        } catch GitError.unknownRevision {
            if !revision.hasPrefix(Self.cycleTagPrefix) {
                do { return try resolveCommit("refs/tags/\(Self.cycleTagPrefix)\(revision)") } catch GitError
                    .unknownRevision
                {}
            }
            let cycles = (try? tags(prefix: Self.cycleTagPrefix).map(\.name)) ?? []
            throw ToolError(Messages.unknownRevision(revision, cycles: cycles))
        }
    }

    /// The commit a revision that decides what is trusted names (`lint --base`, `verify --keys-from`): as
    /// `resolveRevision`, but a short name that two references spell differently (a tag `main` beside the branch
    /// `main`, a tag `origin/main` beside the remote branch) is refused, so nobody who can push a tag chooses it.
    func resolveTrustedRevision(_ revision: String) throws -> ObjectID {
        let meanings = referencesNamed(revision)
        if Set(meanings.map(\.commit)).count > 1 {
            throw ToolError(Messages.ambiguousRevision(revision, meanings.map(\.name)))
        }
        return try resolveRevision(revision)
    }
}

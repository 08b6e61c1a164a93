import GitStore
import SPBECore

extension Messages {
    /// A revision that names neither a commit nor a cycle tag, with the cycle tags that exist.
    static func unknownRevision(_ revision: String, cycles: [String]) -> Localized {
        let list = cycles.isEmpty ? "none" : cycles.joined(separator: ", ")
        let listID = cycles.isEmpty ? "tidak ada" : cycles.joined(separator: ", ")
        return Localized(
            en: "unknown revision '\(revision)' (also tried 'cycle/\(revision)'); cycle tags here: \(list)",
            id:
                "revisi '\(revision)' tidak dikenal (juga dicoba 'cycle/\(revision)'); tag siklus yang ada: \(listID)"
        )
    }

    /// What a `GitError` means for the user and what to do about it.
    static func describe(_ error: GitError) -> Localized {
        switch error {
        case .notARepository(let path):
            return Localized(
                en: "'\(path)' is not inside a git repository; run spbe in one or pass '-C DIR'",
                id: "'\(path)' tidak berada di dalam repositori git; jalankan spbe di dalamnya atau berikan '-C DIR'")
        case .unknownRevision(let revision):
            return Localized(en: "unknown revision '\(revision)'", id: "revisi '\(revision)' tidak dikenal")
        case .emptyRepository:
            return Localized(
                en: "the repository has no commits yet; commit the assessment files first, or use '--worktree'",
                id:
                    "repositori belum memiliki commit; commit berkas penilaian terlebih dahulu, atau gunakan '--worktree'"
            )
        case .shallowHistory:
            return Localized(
                en:
                    "this is a shallow clone and the history needed is missing; fetch the full history (git fetch --unshallow, or 'fetch-depth: 0' in GitHub Actions, 'GIT_DEPTH: 0' in GitLab CI)",
                id:
                    "ini clone dangkal (shallow) dan riwayat yang diperlukan tidak ada; ambil riwayat lengkap (git fetch --unshallow, atau 'fetch-depth: 0' di GitHub Actions, 'GIT_DEPTH: 0' di GitLab CI)"
            )
        case .missingObject(let id):
            return Localized(
                en:
                    "object \(id) is missing from the repository's object database; the repository is damaged or incomplete (try 'git fsck' and fetching again)",
                id:
                    "objek \(id) tidak ada di basis data objek repositori; repositori rusak atau tidak lengkap (coba 'git fsck' lalu fetch ulang)"
            )
        case .pathNotFound(let path):
            return Localized(en: "'\(path)' does not exist", id: "'\(path)' tidak ada")
        case .noWorkingTree:
            return Localized(
                en: "a bare repository has no working tree; drop '--worktree' to read a commit",
                id: "repositori bare tidak memiliki working tree; hilangkan '--worktree' untuk membaca commit")
        case .unreadableFile(let path, let reason):
            return Localized(en: "'\(path)' \(reason)", id: "'\(path)' tidak dapat dibaca")
        case .libgit2(let operation, _, let message):
            return Localized(en: "git: cannot \(operation): \(message)", id: "git: gagal \(operation): \(message)")
        }
    }
}

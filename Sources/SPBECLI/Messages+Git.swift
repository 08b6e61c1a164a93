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
        case .unreadableFile(let path):
            return Localized(en: "'\(path)' cannot be read", id: "'\(path)' tidak dapat dibaca")
        case .libgit2(let operation, let errorClass, let code, let message):
            // libgit2's own message is English: the Indonesian sentence gives its class and code instead.
            let what = Self.describe(operation)
            return Localized(
                en: "git: cannot \(what.en): \(message)",
                id: "git: gagal \(what.id) (libgit2 kelas \(errorClass), kode \(code))")
        }
    }

    /// What spbe was doing when libgit2 failed, in words.
    static func describe(_ operation: GitOperation) -> Localized {
        switch operation {
        case .initialize: return Localized(en: "set up libgit2", id: "menyiapkan libgit2")
        case .openRepository(let path):
            return Localized(en: "open repository '\(path)'", id: "membuka repositori '\(path)'")
        case .createRepository(let path):
            return Localized(en: "create a repository at '\(path)'", id: "membuat repositori di '\(path)'")
        case .resolve(let revision): return Localized(en: "resolve '\(revision)'", id: "menemukan '\(revision)'")
        case .readCommit(let id): return Localized(en: "read commit \(id)", id: "membaca commit \(id)")
        case .readTree(let id): return Localized(en: "read the tree of \(id)", id: "membaca tree \(id)")
        case .readBlob(let id): return Localized(en: "read blob \(id)", id: "membaca blob \(id)")
        case .readTag(let name): return Localized(en: "read tag \(name)", id: "membaca tag \(name)")
        case .readSignature(let commit):
            return Localized(en: "read the signature of commit \(commit)", id: "membaca tanda tangan commit \(commit)")
        case .readIndex: return Localized(en: "read the index", id: "membaca index")
        case .readStatus:
            return Localized(en: "read the working tree's status", id: "membaca status working tree")
        case .findPath(let path): return Localized(en: "find '\(path)'", id: "menemukan '\(path)'")
        case .listTags: return Localized(en: "list tags", id: "mendaftar tag")
        case .walkHistory(let from):
            return from.map { Localized(en: "walk the history from \($0)", id: "menelusuri riwayat dari \($0)") }
                ?? Localized(en: "walk the history", id: "menelusuri riwayat")
        case .findMergeBase: return Localized(en: "find the merge base", id: "mencari merge base")
        case .diff: return Localized(en: "compare trees", id: "membandingkan tree")
        case .writeTree(let path):
            return path.map { Localized(en: "write '\($0)'", id: "menulis '\($0)'") }
                ?? Localized(en: "write a tree", id: "menulis tree")
        case .commit: return Localized(en: "commit", id: "membuat commit")
        case .tag(let name): return Localized(en: "tag \(name)", id: "membuat tag \(name)")
        case .checkout: return Localized(en: "check out HEAD", id: "checkout HEAD")
        case .sign: return Localized(en: "make a signature", id: "membuat tanda tangan")
        case .hash(let path): return Localized(en: "hash '\(path)'", id: "menghitung hash '\(path)'")
        }
    }
}

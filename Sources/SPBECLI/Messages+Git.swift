import GitStore
import SPBECore

extension Messages {
    /// A revision that names neither a commit nor a cycle tag, with the cycle tags that exist.
    static func unknownRevision(_ revision: String, cycles: [String]) -> Localized {
        let list = Messages.list(cycles)
        return Localized(
            en: "unknown revision '\(revision)' (also tried 'cycle/\(revision)'); cycle tags here: \(list.en)",
            indonesian:
                "revisi '\(revision)' tidak dikenal (juga dicoba 'cycle/\(revision)'); tag siklus yang ada: \(list.indonesian)"
        )
    }

    /// What a `GitError` means for the user and what to do about it.
    static func describe(_ error: GitError) -> Localized {
        switch error {
        case .notARepository(let path):
            return Localized(
                en: "'\(path)' is not inside a git repository; run spbe in one or pass '-C DIR'",
                indonesian:
                    "'\(path)' tidak berada di dalam repositori git; jalankan spbe di dalamnya atau berikan '-C DIR'")
        case .unknownRevision(let revision):
            return Localized(en: "unknown revision '\(revision)'", indonesian: "revisi '\(revision)' tidak dikenal")
        case .emptyRepository:
            return Localized(
                en: "the repository has no commits yet; commit the assessment files first, or use '--worktree'",
                indonesian:
                    "repositori belum memiliki commit; commit berkas penilaian terlebih dahulu, atau gunakan '--worktree'"
            )
        case .shallowHistory:
            return Localized(
                en:
                    "this is a shallow clone and the history needed is missing; fetch the full history (git fetch --unshallow, or 'fetch-depth: 0' in GitHub Actions, 'GIT_DEPTH: 0' in GitLab CI)",
                indonesian:
                    "ini clone dangkal (shallow) dan riwayat yang diperlukan tidak ada; ambil riwayat lengkap (git fetch --unshallow, atau 'fetch-depth: 0' di GitHub Actions, 'GIT_DEPTH: 0' di GitLab CI)"
            )
        case .missingObject(let id):
            return Localized(
                en:
                    "object \(id) is missing from the repository's object database; the repository is damaged or incomplete (try 'git fsck' and fetching again)",
                indonesian:
                    "objek \(id) tidak ada di basis data objek repositori; repositori rusak atau tidak lengkap (coba 'git fsck' lalu fetch ulang)"
            )
        case .pathNotFound(let path):
            return Localized(en: "'\(path)' does not exist", indonesian: "'\(path)' tidak ada")
        case .noWorkingTree:
            return Localized(
                en: "a bare repository has no working tree; drop '--worktree' to read a commit",
                indonesian: "repositori bare tidak memiliki pohon kerja; hilangkan '--worktree' untuk membaca commit")
        case .unreadableFile(let path):
            return Localized(en: "'\(path)' cannot be read", indonesian: "'\(path)' tidak dapat dibaca")
        case .libgit2(let operation, let errorClass, let code, let message):
            // libgit2's own message is English: the Indonesian sentence gives its class and code instead.
            let what = Self.describe(operation)
            return Localized(
                en: "git: cannot \(what.en): \(message)",
                indonesian: "git: gagal \(what.indonesian) (libgit2 kelas \(errorClass), kode \(code))")
        }
    }

    /// What spbe was doing when libgit2 failed, in words.
    static func describe(_ operation: GitOperation) -> Localized {
        switch operation {
        case .initialize: return Localized(en: "set up libgit2", indonesian: "menyiapkan libgit2")
        case .openRepository(let path):
            return Localized(en: "open repository '\(path)'", indonesian: "membuka repositori '\(path)'")
        case .createRepository(let path):
            return Localized(en: "create a repository at '\(path)'", indonesian: "membuat repositori di '\(path)'")
        case .resolve(let revision):
            return Localized(en: "resolve '\(revision)'", indonesian: "menemukan '\(revision)'")
        case .readCommit(let id): return Localized(en: "read commit \(id)", indonesian: "membaca commit \(id)")
        case .readTree(let id): return Localized(en: "read the tree of \(id)", indonesian: "membaca tree \(id)")
        case .readBlob(let id): return Localized(en: "read blob \(id)", indonesian: "membaca blob \(id)")
        case .readTag(let name): return Localized(en: "read tag \(name)", indonesian: "membaca tag \(name)")
        case .readSignature(let commit):
            return Localized(
                en: "read the signature of commit \(commit)", indonesian: "membaca tanda tangan commit \(commit)")
        case .readIndex: return Localized(en: "read the index", indonesian: "membaca indeks git")
        case .readStatus:
            return Localized(en: "read the working tree's status", indonesian: "membaca status pohon kerja")
        case .findPath(let path): return Localized(en: "find '\(path)'", indonesian: "menemukan '\(path)'")
        case .listTags: return Localized(en: "list tags", indonesian: "mendaftar tag")
        case .walkHistory(let from):
            return from.map {
                Localized(en: "walk the history from \($0)", indonesian: "menelusuri riwayat dari \($0)")
            }
                ?? Localized(en: "walk the history", indonesian: "menelusuri riwayat")
        case .findMergeBase: return Localized(en: "find the merge base", indonesian: "mencari titik cabang bersama")
        case .diff: return Localized(en: "compare trees", indonesian: "membandingkan tree")
        case .writeTree(let path):
            return path.map { Localized(en: "write '\($0)'", indonesian: "menulis '\($0)'") }
                ?? Localized(en: "write a tree", indonesian: "menulis tree")
        case .commit: return Localized(en: "commit", indonesian: "membuat commit")
        case .tag(let name): return Localized(en: "tag \(name)", indonesian: "membuat tag \(name)")
        case .checkout: return Localized(en: "check out HEAD", indonesian: "checkout HEAD")
        case .sign: return Localized(en: "make a signature", indonesian: "membuat tanda tangan")
        case .hash(let path): return Localized(en: "hash '\(path)'", indonesian: "menghitung hash '\(path)'")
        }
    }
}

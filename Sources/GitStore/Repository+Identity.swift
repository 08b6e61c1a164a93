import CGit2
import Foundation

/// Who git would record as the author of a commit made here now; nil parts git could not tell either.
public struct GitIdentity: Equatable, Sendable {
    public let name: String?
    public let email: String?

    public init(name: String?, email: String?) {
        self.name = name
        self.email = email
    }
}

extension Repository {
    /// The author identity as git resolves it, read from `environment` rather than the process: `GIT_AUTHOR_*`,
    /// then `GIT_CONFIG_COUNT` overrides, `author.*` and `user.*` in the repository's, global and system
    /// configuration (includes followed), then `EMAIL`. The configuration files are chosen as git chooses them:
    /// `GIT_CONFIG_GLOBAL` replaces the XDG and home files, which libgit2 alone would read regardless.
    public func authorIdentity(environment: [String: String]) -> GitIdentity {
        let config = GitConfigFiles(repository: self, environment: environment)
        func value(_ keys: String...) -> String? {
            keys.lazy.compactMap { config.value($0) }.first { !$0.isEmpty }
        }
        let name = environment["GIT_AUTHOR_NAME"].flatMap { $0.isEmpty ? nil : $0 } ?? value("author.name", "user.name")
        // A set but empty GIT_AUTHOR_EMAIL is what git records (`<>`), not a reason to look further.
        let email =
            environment["GIT_AUTHOR_EMAIL"] ?? value("author.email", "user.email")
            ?? environment["EMAIL"].flatMap { $0.isEmpty ? nil : $0 }
        return GitIdentity(
            name: name.map(Self.withoutCrud).flatMap { $0.isEmpty ? nil : $0 },
            email: email.map(Self.withoutCrud).flatMap { $0.isEmpty ? nil : $0 })
    }

    /// What git keeps of an identity part: without the spaces and punctuation it strips from both ends
    /// (`<tim@kota.go.id>` is recorded as `tim@kota.go.id`).
    static func withoutCrud(_ text: String) -> String {
        let crud: Set<Character> = [".", ",", ":", ";", "<", ">", "\"", "\\", "'"]
        func isCrud(_ character: Character) -> Bool {
            crud.contains(character) || character.unicodeScalars.allSatisfy { $0.value <= 0x20 }
        }
        let start = text.firstIndex { !isCrud($0) } ?? text.endIndex
        let end = text.lastIndex { !isCrud($0) }.map { text.index(after: $0) } ?? start
        return start < end ? String(text[start..<end]) : ""
    }
}

/// The configuration git reads for a repository, built from an environment; one owner of its libgit2 handle.
private final class GitConfigFiles {
    private var snapshot: OpaquePointer?
    private let overrides: [String: String]

    init(repository: Repository, environment: [String: String]) {
        overrides = Self.overrides(environment)
        var config: OpaquePointer?
        guard git_config_new(&config) == 0, let config else {
            git_error_clear()
            return
        }
        defer { git_config_free(config) }
        for (path, level) in Self.files(repository: repository, environment: environment) where Self.isFile(path) {
            if git_config_add_file_ondisk(config, path, level, repository.handle, 0) != 0 { git_error_clear() }
        }
        if git_config_snapshot(&snapshot, config) != 0 { git_error_clear() }
    }

    deinit { git_config_free(snapshot) }

    func value(_ key: String) -> String? {
        if let value = overrides[key.lowercased()] { return value }
        guard let snapshot else { return nil }
        var value: UnsafePointer<CChar>?
        guard git_config_get_string(&value, snapshot, key) == 0, let value else {
            git_error_clear()
            return nil
        }
        return String(cString: value)
    }

    /// The files in git's order, lowest priority first: system, XDG, home (or `GIT_CONFIG_GLOBAL` alone), local.
    private static func files(repository: Repository, environment: [String: String]) -> [(
        String, git_config_level_t
    )] {
        var files: [(String, git_config_level_t)] = []
        if !isTrue(environment["GIT_CONFIG_NOSYSTEM"]) {
            files.append((environment["GIT_CONFIG_SYSTEM"] ?? "/etc/gitconfig", GIT_CONFIG_LEVEL_SYSTEM))
        }
        if let global = environment["GIT_CONFIG_GLOBAL"] {
            files.append((global, GIT_CONFIG_LEVEL_GLOBAL))
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
            let xdg = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home.map { $0 + "/.config" }
            if let xdg { files.append((xdg + "/git/config", GIT_CONFIG_LEVEL_XDG)) }
            if let home { files.append((home + "/.gitconfig", GIT_CONFIG_LEVEL_GLOBAL)) }
        }
        let gitDirectory = repository.gitDirectory
        files.append(
            ((gitDirectory.hasSuffix("/") ? gitDirectory : gitDirectory + "/") + "config", GIT_CONFIG_LEVEL_LOCAL))
        return files
    }

    /// Settings above every file, the last wins: `GIT_CONFIG_COUNT` with `GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n`,
    /// then `GIT_CONFIG_PARAMETERS` (what `git -c key=value` hands to the hooks it runs).
    private static func overrides(_ environment: [String: String]) -> [String: String] {
        var overrides: [String: String] = [:]
        if let count = environment["GIT_CONFIG_COUNT"].flatMap({ Int($0) }), count > 0 {
            for index in 0..<min(count, 1000) {
                guard let key = environment["GIT_CONFIG_KEY_\(index)"],
                    let value = environment["GIT_CONFIG_VALUE_\(index)"]
                else { continue }
                overrides[key.lowercased()] = value
            }
        }
        for (key, value) in parameters(environment["GIT_CONFIG_PARAMETERS"] ?? "") {
            overrides[key.lowercased()] = value
        }
        return overrides
    }

    /// `GIT_CONFIG_PARAMETERS`: shell-quoted entries, `'key'='value'` (or the older `'key=value'`), with a quote
    /// inside written `'\''`. An entry that does not read is skipped.
    static func parameters(_ text: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var rest = Substring(text)
        func quoted() -> String? {
            rest = rest.drop { $0 == " " }
            guard rest.first == "'" else { return nil }
            var out = ""
            rest = rest.dropFirst()
            while let character = rest.first {
                rest = rest.dropFirst()
                if character != "'" {
                    out.append(character)
                } else if rest.hasPrefix("\\''") {
                    out.append("'")
                    rest = rest.dropFirst(3)
                } else if rest.hasPrefix("\\!'") {
                    // git's quoting writes `!` as `'\!'` too.
                    out.append("!")
                    rest = rest.dropFirst(3)
                } else {
                    return out
                }
            }
            return nil
        }
        while let first = quoted() {
            if rest.first == "=" {
                rest = rest.dropFirst()
                guard let value = quoted() else { break }
                result.append((first, value))
            } else if let equals = first.firstIndex(of: "=") {
                result.append((String(first[..<equals]), String(first[first.index(after: equals)...])))
            }
        }
        return result
    }

    /// Only regular files are read: `GIT_CONFIG_GLOBAL=/dev/null` means no global configuration, as in git.
    private static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    private static func isTrue(_ value: String?) -> Bool {
        guard let value = value?.lowercased() else { return false }
        return ["1", "true", "yes", "on"].contains(value)
    }
}

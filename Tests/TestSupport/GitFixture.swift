import Foundation

/// A throw-away git repository built with the `git` command (tests only; the product never runs git),
/// with pinned author, committer and dates so commit ids are the same on every run.
public final class GitFixture {
    /// An author of fixture commits.
    public struct Author: Sendable {
        public let name: String
        public let email: String
        public init(_ name: String, _ email: String) {
            self.name = name
            self.email = email
        }
        public static let coordinator = Author("Tim SPBE", "tim.spbe@kotacontoh.go.id")
    }

    /// The repository's folder (the working tree, or the repository itself when bare).
    public let path: String
    /// Seconds since 1970 of the next commit; each commit advances it by a day.
    public var clock: Int = 1_700_000_000

    /// A new empty repository with branch `main` in a fresh temporary folder.
    public init(bare: Bool = false) throws {
        path = try Self.temporaryFolder()
        try git(bare ? ["init", "-q", "--bare", "-b", "main"] : ["init", "-q", "-b", "main"])
    }

    /// Whether the folder is deleted with the fixture.
    private var removesFolder = true

    /// Wraps an existing folder (a clone made by another fixture); `owned` false leaves it in place afterwards.
    public init(existing path: String, owned: Bool = true) {
        self.path = path
        removesFolder = owned
    }

    /// A fresh empty folder under the system's temporary folder.
    public static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spbe-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Writes files (relative path → content); a nil content deletes the file.
    public func write(_ files: [String: String?]) throws {
        for (relative, content) in files {
            let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
            if let content {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(content.utf8).write(to: url)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
    }

    /// Copies a folder of plain files into the working tree (below `subfolder`, when given).
    public func copy(from folder: URL, into subfolder: String = "") throws {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder.path) else { return }
        for case let relative as String in enumerator {
            let source = folder.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: source.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let target = URL(fileURLWithPath: path).appendingPathComponent(subfolder).appendingPathComponent(relative)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? manager.removeItem(at: target)
            try manager.copyItem(at: source, to: target)
        }
    }

    /// Stages everything and commits it; returns the new commit's id.
    @discardableResult
    public func commit(_ message: String, author: Author = .coordinator, files: [String: String?] = [:]) throws
        -> String
    {
        try write(files)
        try git(["add", "-A"])
        clock += 86_400
        try git(["commit", "-q", "--allow-empty", "-m", message], author: author)
        return try git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Tags HEAD (or `target`); annotated when a message is given.
    public func tag(_ name: String, message: String? = nil, target: String = "HEAD") throws {
        if let message {
            try git(["tag", "-a", name, "-m", message, target])
        } else {
            try git(["tag", name, target])
        }
    }

    /// Runs git in the repository with the pinned identity and clock; returns standard output.
    @discardableResult
    public func git(_ arguments: [String], author: Author = .coordinator, environment: [String: String] = [:]) throws
        -> String
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", path] + arguments
        let date = "@\(clock) +0700"
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": path, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
            "GIT_AUTHOR_NAME": author.name, "GIT_AUTHOR_EMAIL": author.email, "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_NAME": author.name, "GIT_COMMITTER_EMAIL": author.email, "GIT_COMMITTER_DATE": date,
        ].merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError(
                command: arguments.joined(separator: " "), output: String(decoding: errorData, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A clone of this repository (`--bare`, `--depth 1`, … as given) in a new temporary folder.
    public func clone(_ options: [String]) throws -> GitFixture {
        let target = try Self.temporaryFolder() + "/clone"
        try git(["clone", "-q"] + options + ["file://" + path, target])
        return GitFixture(existing: target)
    }

    deinit { if removesFolder { try? FileManager.default.removeItem(atPath: path) } }
}

/// A git command of a fixture failed.
public struct FixtureError: Error, CustomStringConvertible {
    public let command: String
    public let output: String
    public var description: String { "git \(command) failed: \(output)" }
}

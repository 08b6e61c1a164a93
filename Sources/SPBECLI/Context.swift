import Foundation
import SPBECore

/// A destination for text: standard output or error in the real tool, a buffer in tests.
///
/// Standard output is buffered (a lint of thousands of files prints tens of thousands of lines): call `flush()`
/// before the process ends; `Tool.main` does.
public final class TextOutput {
    /// Hands text on; false when the destination refused it (closed, full).
    private let sink: (String) -> Bool
    private let buffered: Bool
    private var pending = ""
    /// True when the destination is a terminal (colour and progress lines only then).
    public let isTerminal: Bool

    public convenience init(isTerminal: Bool = false, buffered: Bool = false, sink: @escaping (String) -> Void) {
        self.init(
            isTerminal: isTerminal, buffered: buffered,
            refusableSink: { text in
                sink(text)
                return true
            })
    }

    init(isTerminal: Bool, buffered: Bool, refusableSink: @escaping (String) -> Bool) {
        self.isTerminal = isTerminal
        self.buffered = buffered
        sink = refusableSink
    }

    public func write(_ text: String) {
        guard buffered else { return emit(text) }
        // A whole report (megabytes for a national lint) goes out as it is instead of being copied into the buffer.
        if text.utf8.count >= Self.bufferSize {
            flush()
            return emit(text)
        }
        pending += text
        if pending.utf8.count >= Self.bufferSize { flush() }
    }

    private static let bufferSize = 1 << 16

    /// Writes `text` and a newline.
    public func line(_ text: String = "") { write(text + "\n") }

    /// Hands everything written so far to the destination.
    public func flush() {
        guard !pending.isEmpty else { return }
        emit(pending)
        pending = ""
    }

    private func emit(_ text: String) {
        if !failed && !sink(text) { failed = true }
    }

    /// Standard output (buffered unless it is a terminal) or error (never buffered) of this process.
    ///
    /// Written with `write(2)`: a closed stream or a full disk is a failure `failed` remembers (the command then
    /// exits 2), never a crash as `FileHandle.write` makes it.
    public static func standard(_ handle: FileHandle) -> TextOutput {
        let descriptor = handle.fileDescriptor
        let terminal = isatty(descriptor) == 1
        return TextOutput(
            isTerminal: terminal, buffered: descriptor == STDOUT_FILENO && !terminal,
            refusableSink: { text in
                var bytes = Array(text.utf8)[...]
                while !bytes.isEmpty {
                    let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
                    if written < 0 && errno == EINTR { continue }
                    guard written > 0 else { return false }
                    bytes = bytes.dropFirst(written)
                }
                return true
            })
    }

    /// Set when the destination refused bytes (closed, full): what was written is incomplete.
    public private(set) var failed = false

}

/// A buffer that collects what a command prints (for tests and in-process use).
public final class TextBuffer {
    public private(set) var text = ""
    public init() {}
    public lazy var output = TextOutput { [unowned self] in self.text += $0 }
}

/// Everything a command may touch of the outside world, injected so tests run commands in-process.
public struct Context {
    public var stdout: TextOutput
    public var stderr: TextOutput
    public var environment: [String: String]
    public var currentDirectory: String
    public var language: Language
    /// True when `--lang` chose the language (the report defaults to Indonesian otherwise).
    public var languageIsExplicit = false
    /// What commands loaded, kept until the context goes. The real tool keeps its context until `exit`, so the
    /// parsed files of a national repository are released by the process ending, not one object at a time
    /// (as compilers do; freeing them took 5–8% of a command's time).
    public let loaded = Keepsake()
    /// The files outside the repository's objects: the only way a command reads or writes one.
    public var files: any FileSystem = LocalFileSystem()
    /// Seconds since 1970 now; fixed in tests, so nothing depends on the day they run.
    public var now: () -> Int64 = { Int64(Date().timeIntervalSince1970) }
    /// The processors a command may use at once.
    public var processors = ProcessInfo.processInfo.activeProcessorCount

    public init(stdout: TextOutput, stderr: TextOutput, environment: [String: String], currentDirectory: String) {
        self.stdout = stdout
        self.stderr = stderr
        self.environment = environment
        self.currentDirectory = currentDirectory
        language = Language.from(environment: environment)
    }

    /// The real process: its streams, environment and working folder.
    public static func process() -> Context {
        Context(
            stdout: .standard(.standardOutput), stderr: .standard(.standardError),
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath)
    }

    /// Today's date (`YYYY-MM-DD`, UTC).
    public var today: String { Dates.day(now()) }

    /// Writes a file the user named (`shown`) atomically through `files`, creating its folder when asked.
    func write(_ path: String, _ bytes: [UInt8], shown: String, createFolder: Bool = false) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if createFolder { try? files.createFolder(folder) }
        guard files.exists(folder) else {
            throw ToolError(Messages.noSuchFolder((shown as NSString).deletingLastPathComponent))
        }
        do { try files.write(path, bytes) } catch { throw ToolError(Messages.cannotWrite(shown)) }
    }

    /// Writes files of the working tree (paths relative to `root`) after checking every one: a symlink, folder or
    /// special file at a path or on the way to it (which anyone can commit) refuses them all before any is written,
    /// so a write never lands outside the repository.
    func writeWorkingTree(_ files: [String: [UInt8]], root: String) throws {
        if let unsafe = files.keys.sorted().first(where: { !PlainPaths.isWritable($0, root: root) }) {
            throw ToolError(Messages.importNotARegularFile(unsafe))
        }
        let sorted = files.sorted { $0.key < $1.key }
        // Folders made here are taken away again when the write fails, deepest first.
        var made: [String] = []
        for path in sorted.map(\.key) {
            var folder = URL(fileURLWithPath: root + "/" + path).deletingLastPathComponent().path
            var missing: [String] = []
            while folder.count > root.count && !self.files.exists(folder) {
                missing.append(folder)
                folder = URL(fileURLWithPath: folder).deletingLastPathComponent().path
            }
            if let deepest = missing.first, (try? self.files.createFolder(deepest)) != nil {
                made += missing.reversed()
            }
        }
        do {
            try self.files.writeAll(sorted.map { (root + "/" + $0.key, $0.value) })
        } catch FileSystemError.cannotWrite(let path) {
            for folder in made.reversed() { self.files.removeEmptyFolder(folder) }
            throw ToolError(Messages.cannotWrite(String(path.dropFirst(root.count + 1))))
        }
    }

    /// Colour only on a terminal and when `NO_COLOR` is unset.
    public var useColor: Bool { stdout.isTerminal && environment["NO_COLOR"] == nil }
}

/// Objects kept alive as long as the context that holds them.
public final class Keepsake {
    private var values: [Any] = []
    public init() {}

    public func keep(_ value: Any) { values.append(value) }
}

import SPBECore
import Foundation

/// A destination for text: standard output or error in the real tool, a buffer in tests.
public final class TextOutput {
    private let sink: (String) -> Void
    /// True when the destination is a terminal (colour and progress lines only then).
    public let isTerminal: Bool

    public init(isTerminal: Bool = false, sink: @escaping (String) -> Void) {
        self.isTerminal = isTerminal
        self.sink = sink
    }

    public func write(_ text: String) { sink(text) }

    /// Writes `text` and a newline.
    public func line(_ text: String = "") { sink(text + "\n") }

    /// Standard output or error of this process.
    public static func standard(_ handle: FileHandle) -> TextOutput {
        TextOutput(isTerminal: isatty(handle.fileDescriptor) == 1) { handle.write(Data($0.utf8)) }
    }
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

    /// Colour only on a terminal and when `NO_COLOR` is unset.
    public var useColor: Bool { stdout.isTerminal && environment["NO_COLOR"] == nil }
}

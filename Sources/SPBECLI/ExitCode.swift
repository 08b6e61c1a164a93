import SPBECore

/// The exit statuses of the README's "Exit status", the contract CI scripts are written against.
public enum ExitCode: Int32, Sendable {
    /// Success; nothing at error severity.
    case success = 0
    /// Findings at error severity, or an invalid instance for `validate`.
    case findings = 1
    /// The tool could not do its job: no repository, unknown revision, unreadable object.
    case failure = 2
    /// Bad usage: unknown command or option, missing or malformed argument.
    case usage = 64
}

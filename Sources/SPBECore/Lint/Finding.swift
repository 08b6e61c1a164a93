/// How serious a finding is; `error` fails `spbe lint` (exit 1).
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case error, warning, note

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One problem a rule found: where (file and JSON pointer, turned into line and column by the engine), what, and which rule.
public struct Finding: Sendable {
    /// What in the file the finding is about.
    public enum Anchor: Sendable, Equatable {
        /// The value at a pointer (or its nearest existing parent).
        case value(JSONPointer)
        /// The key of the member at a pointer.
        case key(JSONPointer)
        /// A position known already (syntax errors).
        case location(SourceLocation)
        /// The file as a whole.
        case file
    }

    public let rule: String
    public let path: String
    public let anchor: Anchor
    public let message: Localized
    /// Stamped by the engine from the rule's default and the user's overrides.
    public internal(set) var severity: Severity = .error
    /// Filled by the engine from the file's bytes; nil for a file that is not JSON or was not read.
    public internal(set) var location: SourceLocation?
    /// The commit a finding is about (ownership), when there is one.
    public let commit: String?

    public init(rule: String, path: String, anchor: Anchor = .file, message: Localized, commit: String? = nil) {
        self.rule = rule
        self.path = path
        self.anchor = anchor
        self.message = message
        self.commit = commit
    }

    /// The pointer the finding is about, if any.
    public var pointer: JSONPointer? {
        switch anchor {
        case .value(let pointer), .key(let pointer): pointer
        default: nil
        }
    }
}

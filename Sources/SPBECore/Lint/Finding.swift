/// How serious a finding is; `error` fails `spbe lint` (exit 1).
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case error, warning, note

    /// Error first: the order `allCases` lists them in.
    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
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

    /// What the user can run to fix it: a fact the command line turns into its own words (the core names no
    /// command line).
    public enum Hint: Sendable, Equatable {
        /// The evidence file changed; record its new sha256 if it is right.
        case recordChangedEvidence
        /// A sha256 is the tool's to compute, not the user's to type.
        case letToolRecordEvidence
        /// An agency's maintainers are the coordinator's to set, with a command rather than by typing JSON.
        case setMaintainer(agency: String)
        /// An indicator's level and explanation can come from a spreadsheet instead of typed JSON.
        case fillInFromSpreadsheet(agency: String)
    }

    public let rule: String
    public let path: String
    public let anchor: Anchor
    public let message: Localized
    /// Rendered after the message by the command line (`"; " + its sentence`).
    public let hint: Hint?
    /// Stamped by the engine from the rule's default and the user's overrides.
    public internal(set) var severity: Severity = .error
    /// Filled by the engine from the file's bytes; nil for a file that is not JSON or was not read.
    public internal(set) var location: SourceLocation?
    /// The commit a finding is about (ownership), when there is one.
    public let commit: String?

    public init(
        rule: String, path: String, anchor: Anchor = .file, message: Localized, hint: Hint? = nil,
        commit: String? = nil
    ) {
        self.rule = rule
        self.path = path
        self.anchor = anchor
        self.message = message
        self.hint = hint
        self.commit = commit
    }

    /// The finding with its hint written into the message in the command line's words.
    public func renderingHint(_ sentence: (Hint) -> Localized) -> Finding {
        guard let hint else { return self }
        let text = sentence(hint)
        var rendered = Finding(
            rule: rule, path: path, anchor: anchor,
            message: Localized(
                en: message.en + "; " + text.en, indonesian: message.indonesian + "; " + text.indonesian),
            commit: commit)
        rendered.severity = severity
        rendered.location = location
        return rendered
    }

    /// The pointer the finding is about, if any.
    public var pointer: JSONPointer? {
        switch anchor {
        case .value(let pointer), .key(let pointer): pointer
        default: nil
        }
    }
}

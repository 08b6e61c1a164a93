import SPBECore
/// Options shared by many commands (DESIGN.md §3), spelled once.
public enum CommonOptions {
    public static let repository = OptionSpec(
        "repository", short: "C", value: "DIR",
        help: Localized(en: "the repository (default: found from the current folder)", id: "repositori (bawaan: dicari dari folder saat ini)"))
    public static let rev = OptionSpec(
        "rev", value: "REV",
        help: Localized(en: "the revision to read (default HEAD); a cycle name works too", id: "revisi yang dibaca (bawaan HEAD); nama siklus juga bisa"))
    public static let worktree = OptionSpec(
        "worktree",
        help: Localized(en: "read the working tree instead of a commit", id: "baca working tree, bukan commit"))
    public static let scope = OptionSpec(
        "scope", value: "ID",
        help: Localized(en: "limit to this scope (repeatable)", id: "batasi pada lingkup ini (boleh diulang)"))
    public static let lang = OptionSpec(
        "lang", value: "id|en",
        help: Localized(en: "language of the output (default from LANG)", id: "bahasa keluaran (bawaan dari LANG)"))
    public static let help = OptionSpec(
        "help", short: "h",
        help: Localized(en: "show this help", id: "tampilkan bantuan ini"))

    public static func format(_ choices: [String]) -> OptionSpec {
        OptionSpec(
            "format", value: choices.joined(separator: "|"),
            help: Localized(en: "output format (default \(choices[0]))", id: "format keluaran (bawaan \(choices[0]))"))
    }

    /// Where to read files from: `-C`, `--rev`, `--worktree`, `--scope`, `--lang`.
    public static let source: [OptionSpec] = [repository, rev, worktree, scope, lang]

    /// Checks `--format` against the choices; nil when not given means the first choice.
    public static func formatValue(_ arguments: ParsedArguments, choices: [String]) throws -> String {
        guard let value = arguments.value("format") else { return choices[0] }
        guard choices.contains(value) else {
            throw UsageError(Messages.badChoice("--format", value, choices))
        }
        return value
    }
}

extension CommonOptions {
    static let stageOption = OptionSpec("stage", value: "self|document|interview|visit|final", help: Localized(
        en: "which stage's levels to use (default final: the last external stage present)",
        id: "tahap yang dipakai (bawaan final: tahap eksternal terakhir yang ada)"))

    /// `--today YYYY-MM-DD`, checked; nil when not given.
    static func today(_ arguments: ParsedArguments) throws -> String? {
        guard let value = arguments.value("today") else { return nil }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else {
            throw UsageError(Messages.badDate("--today", value))
        }
        return value
    }

    /// `--stage`, default `final`.
    static func stage(_ arguments: ParsedArguments) throws -> Stage {
        guard let value = arguments.value("stage") else { return .final }
        guard let stage = Stage(rawValue: value) else {
            throw UsageError(Messages.badChoice("--stage", value, Stage.allCases.map(\.rawValue)))
        }
        return stage
    }

    /// Fails when the revision has no scope at all, or lacks a scope asked for with `--scope`.
    static func requireScopes(_ revision: LoadedRevision, wanted: [String]) throws {
        for scope in wanted where !revision.scopes.contains(where: { $0.id == scope }) {
            throw ToolError(Messages.unknownScope(scope, revision.allScopeIDs))
        }
        if revision.scopes.isEmpty { throw ToolError(Messages.noScopes) }
    }
}

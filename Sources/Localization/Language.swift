/// The language of every user-facing text.
public enum Language: String, Sendable, CaseIterable {
    case en, id

    /// `id_*` in `LC_ALL`, then `LANG`, means Indonesian; anything else English.
    public static func from(environment: [String: String]) -> Language {
        let locale = [environment["LC_ALL"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("id") ? .id : .en
    }
}

/// A text in both languages; every user-facing sentence is one of these, kept in the message catalogue.
public struct Localized: Sendable, Equatable {
    public let en: String
    public let indonesian: String

    public init(en: String, indonesian: String) {
        self.en = en
        self.indonesian = indonesian
    }

    public func text(_ language: Language) -> String {
        language == .id ? indonesian : en
    }
}

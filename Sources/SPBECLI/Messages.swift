import SPBECore

/// The message catalogue: every user-facing sentence of the tool, in English and Indonesian.
///
/// Messages are lowercase, without a trailing period, quote the key or value they name, and say what to do.
public enum Messages {
    static let usageWord = Localized(en: "usage", indonesian: "penggunaan")
    static let optionsWord = Localized(en: "options", indonesian: "opsi")
    static let commandsWord = Localized(en: "commands", indonesian: "perintah")
    static let subcommandsWord = Localized(en: "subcommands", indonesian: "subperintah")
    static let subcommandWord = Localized(en: "SUBCOMMAND", indonesian: "SUBPERINTAH")
    static let missingCommand = Localized(en: "missing command", indonesian: "perintah belum diberikan")
    static let cannotWriteOutput = Localized(
        en: "cannot write the output (standard output closed or the disk full); nothing complete was written",
        indonesian:
            "keluaran tidak dapat ditulis (keluaran standar tertutup atau disk penuh); tidak ada yang tertulis utuh")
    static func seeHelp(_ command: String) -> Localized {
        Localized(
            en: "run 'spbe help \(command)' for its options",
            indonesian: "jalankan 'spbe help \(command)' untuk opsinya")
    }
    static func missingSubcommand(_ group: String, _ names: [String]) -> Localized {
        let list = names.joined(separator: ", ")
        return Localized(
            en: "'spbe \(group)' needs a subcommand: \(list)",
            indonesian: "'spbe \(group)' memerlukan subperintah: \(list)")
    }
    static let commandWord = Localized(en: "COMMAND", indonesian: "PERINTAH")
    static let errorWord = Localized(en: "error", indonesian: "galat")
    static let warningWord = Localized(en: "warning", indonesian: "peringatan")
    static let noteWord = Localized(en: "note", indonesian: "catatan")
    static let atWord = Localized(en: "at", indonesian: "di")

    static let tagline = Localized(
        en:
            "spbe keeps SPBE (e-government) maturity self-assessments as JSON files in git, and lints, scores and compares them.",
        indonesian:
            "spbe menyimpan penilaian mandiri SPBE sebagai berkas JSON di git, lalu memeriksa, menilai dan membandingkannya."
    )
    static let moreHelp = Localized(
        en: "run 'spbe help COMMAND' or 'spbe COMMAND --help' for a command's options",
        indonesian: "jalankan 'spbe help PERINTAH' atau 'spbe PERINTAH --help' untuk opsi sebuah perintah")

    /// Items joined by commas, or "none" in the user's language.
    static func list(_ items: [String]) -> Localized {
        items.isEmpty
            ? Localized(en: "none", indonesian: "tidak ada")
            : Localized(en: items.joined(separator: ", "), indonesian: items.joined(separator: ", "))
    }

    /// `message`, followed by "did you mean" when something known is close to what was typed.
    static func suggesting(_ message: Localized, _ typed: String, among known: [String]) -> Localized {
        guard let closest = Suggestion.closest(to: typed, among: known) else { return message }
        return Localized(
            en: "\(message.en); did you mean '\(closest)'?",
            indonesian: "\(message.indonesian); maksud Anda '\(closest)'?")
    }
    static func unknownCommand(_ name: String, known: [String]) -> Localized {
        suggesting(
            Localized(
                en: "unknown command '\(name)'; run 'spbe help' for the list",
                indonesian: "perintah '\(name)' tidak dikenal; jalankan 'spbe help' untuk daftarnya"), name,
            among: known)
    }
    static func unknownOption(_ option: String, known: [String]) -> Localized {
        suggesting(
            Localized(en: "unknown option '\(option)'", indonesian: "opsi '\(option)' tidak dikenal"), option,
            among: known)
    }
    static func valueLooksLikeOption(_ option: String, _ value: String) -> Localized {
        Localized(
            en:
                "option '\(option)' needs a value, not the option '\(value)'; write '\(option)=\(value)' if that is the value",
            indonesian:
                "opsi '\(option)' memerlukan nilai, bukan opsi '\(value)'; tulis '\(option)=\(value)' bila itu nilainya"
        )
    }
    static func optionTakesNoValue(_ option: String) -> Localized {
        Localized(en: "option '\(option)' takes no value", indonesian: "opsi '\(option)' tidak menerima nilai")
    }
    static func missingValue(_ option: String, _ value: String) -> Localized {
        Localized(
            en: "option '\(option)' needs a value \(value)",
            indonesian: "opsi '\(option)' memerlukan nilai \(Placeholder.text(value, .id))")
    }
    static func badChoice(_ option: String, _ value: String, _ choices: [String]) -> Localized {
        let list = choices.joined(separator: ", ")
        return suggesting(
            Localized(
                en: "'\(value)' is not a valid value for '\(option)'; use one of: \(list)",
                indonesian:
                    "'\(value)' bukan nilai yang sah untuk '\(Placeholder.text(option, .id))'; gunakan salah satu: \(list)"
            ),
            value,
            among: choices)
    }
    static func unexpectedArgument(_ value: String) -> Localized {
        Localized(en: "unexpected argument '\(value)'", indonesian: "argumen '\(value)' tidak diharapkan")
    }
    static func missingArgument(_ name: String) -> Localized {
        Localized(en: "missing argument \(name)", indonesian: "argumen \(Placeholder.text(name, .id)) belum diberikan")
    }
    static func conflictingOptions(_ first: String, _ second: String) -> Localized {
        Localized(
            en: "'\(first)' and '\(second)' cannot be used together",
            indonesian: "'\(first)' dan '\(second)' tidak dapat dipakai bersamaan")
    }
    static func noSuchFolder(_ path: String) -> Localized {
        Localized(en: "folder '\(path)' does not exist", indonesian: "folder '\(path)' tidak ada")
    }
    static func noSuchFile(_ path: String) -> Localized {
        Localized(en: "'\(path)' does not exist", indonesian: "'\(path)' tidak ada")
    }
    static func unreadableFile(_ path: String) -> Localized {
        Localized(en: "'\(path)' cannot be read", indonesian: "'\(path)' tidak dapat dibaca")
    }
}

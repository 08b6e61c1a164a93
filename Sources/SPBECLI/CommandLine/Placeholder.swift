import SPBECore

/// The capitalised words that stand for a value in usage lines and help (`SCOPE/INDICATOR`, `--name NAME`),
/// declared in English and shown in the user's language: one table, so no English word reaches Indonesian help.
enum Placeholder {
    static let indonesian: [String: String] = [
        "SCOPE": "LINGKUP", "INDICATOR": "INDIKATOR", "FILE": "BERKAS", "DIR": "FOLDER", "NAME": "NAMA",
        "EMAIL": "SUREL", "TEXT": "TEKS", "RULE": "ATURAN", "LEVEL": "TINGKAT", "SCHEMA": "SKEMA", "REV": "REVISI",
        "RANGE": "RENTANG", "COMMAND": "PERINTAH", "SUBCOMMAND": "SUBPERINTAH", "YYYY": "TTTT", "MM": "BB",
        "DD": "HH",
    ]

    /// `text` with each capitalised word in `language` (`SCOPE/INDICATOR` → `LINGKUP/INDIKATOR`).
    static func text(_ text: String, _ language: Language) -> String {
        guard language == .id else { return text }
        var out = ""
        var word = ""
        for character in text {
            if character.isASCII && character.isUppercase {
                word.append(character)
                continue
            }
            out += indonesian[word] ?? word
            word = ""
            out.append(character)
        }
        return out + (indonesian[word] ?? word)
    }

}

import Foundation
import TestSupport
import Testing

/// Indonesian output has no English fragments: every `indonesian:` text of the message catalogue (read from the
/// sources, where the catalogue lives) and every Indonesian golden file is scanned for English words, after
/// taking out what is meant to stay as written: quoted values ('…', "…", `…`), interpolations, options, paths,
/// ids and capitalised placeholders of the English help.
struct IndonesianWordingTests {
    /// English words that have no place in an Indonesian sentence; ordinary Indonesian IT loanwords (commit, tag,
    /// branch, lint, working tree, merge request) are not among them.
    static let english: Set<String> = [
        "the", "and", "or", "of", "is", "are", "not", "with", "for", "from", "this", "that", "none", "base",
        "scope", "scopes", "agency", "agencies", "indicator", "indicators", "file", "files", "missing", "error",
        "errors", "warning", "warnings", "note", "notes", "stage", "self", "document", "interview", "visit",
        "final", "level", "levels", "evidence", "follow", "open", "done", "dropped", "cycle", "cycles", "index",
        "weight", "change", "changes", "changed", "added", "removed", "overdue", "due", "unknown",
        "invalid", "should", "must", "use", "run", "see", "name", "email", "text", "rule", "rules",
        "example", "instead", "only", "each", "every", "which", "when", "has", "have", "was", "were", "will",
    ]

    @Test func catalogueEntriesAreIndonesian() throws {
        let sources = Paths.projectRoot.appendingPathComponent("Sources")
        var found: [String] = []
        var entries = 0
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for entry in Self.indonesianLiterals(in: text) {
                entries += 1
                for word in Self.englishWords(in: entry) {
                    found.append("\(file.lastPathComponent): '\(word)' in \(entry.prefix(160))")
                }
            }
        }
        #expect(entries > 400, "the scan reads the catalogue (\(entries) entries)")
        #expect(found.isEmpty, "English in Indonesian text:\n\(found.joined(separator: "\n"))")
    }

    @Test func indonesianGoldenFilesAreIndonesian() throws {
        let folder = Paths.projectRoot.appendingPathComponent("Tests/SPBECLITests/Golden/example")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.contains("-id.") && !$0.hasSuffix(".json")
        }
        #expect(names.count > 30, "the Indonesian goldens: \(names.count)")
        var found: [String] = []
        for name in names.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .replacingOccurrences(of: "<style>[^<]*</style>", with: "", options: .regularExpression)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for word in Self.englishWords(in: Self.visibleText(String(line))) {
                    found.append("\(name):\(number + 1): '\(word)' in \(line.prefix(160))")
                }
            }
        }
        #expect(found.isEmpty, "English in Indonesian output:\n\(found.joined(separator: "\n"))")
    }

    @Test func theScanFindsWhatItLooksFor() {
        #expect(Self.englishWords(in: "tag siklus yang ada: none") == ["none"])
        #expect(Self.englishWords(in: "tingkat document 2.25") == ["document"])
        #expect(Self.englishWords(in: "bukan SCOPE/INDICATOR") == ["scope", "indicator"])
        #expect(Self.englishWords(in: "isi 'level' pada `final` dengan --stage final") == ["final"])
        #expect(Self.englishWords(in: "perbaiki \\(path) di evidence/bappeda/sk.pdf") == [])
        let source = #"x = Localized(en: "a", indonesian: "satu " + "dua \(n) base")"#
        #expect(Self.indonesianLiterals(in: source) == ["satu dua \\(n) base"])
    }

    /// The string literals after each `indonesian:` label, joined where `+` continues them.
    static func indonesianLiterals(in source: String) -> [String] {
        var result: [String] = []
        var rest = Substring(source)
        while let label = rest.range(of: "indonesian:") {
            rest = rest[label.upperBound...]
            var literal = ""
            while true {
                rest = rest.drop { $0 == " " || $0 == "\n" || $0 == "+" }
                guard rest.first == "\"", !rest.hasPrefix("\"\"\"") else { break }
                var index = rest.index(after: rest.startIndex)
                var escaped = false
                var depth = 0
                while index < rest.endIndex {
                    let character = rest[index]
                    if escaped {
                        if character == "(" { depth += 1 }
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if depth > 0 && character == "(" {
                        depth += 1
                    } else if depth > 0 && character == ")" {
                        depth -= 1
                    } else if depth == 0 && character == "\"" {
                        break
                    }
                    index = rest.index(after: index)
                }
                literal += rest[rest.index(after: rest.startIndex)..<index]
                rest = index < rest.endIndex ? rest[rest.index(after: index)...] : ""
                guard rest.drop(while: { $0 == " " || $0 == "\n" }).first == "+" else { break }
            }
            if !literal.isEmpty { result.append(literal) }
        }
        return result
    }

    /// A golden line without what carries no words of a sentence: HTML tags, and the command names that start
    /// a row of the help's command table.
    static func visibleText(_ line: String) -> String {
        line.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"^  [a-z]+( [a-z]+)?  "#, with: " ", options: .regularExpression)
    }

    /// The words of `text` that are English, once quoted values, interpolations, options and paths are out.
    static func englishWords(in text: String) -> [String] {
        // A placeholder pair (`SCOPE/INDICATOR`) is words, not a path.
        var plain = text.replacingOccurrences(of: #"\b([A-Z]+)/([A-Z]+)\b"#, with: "$1 $2", options: .regularExpression)
        for pattern in [
            #"\\\((?:[^()]|\([^()]*\))*\)"#, #"\\"[^"\\]*\\""#, #"\bspbe( [a-z]+){1,2}"#,
            #"\b[a-z0-9]+(-[a-z0-9]+)+\b"#, #"'[^']*'"#, #""[^"]*""#, #"`[^`]*`"#, #"--?[a-z][a-z-]*"#,
            #"\S*[/@.=_<>{}|\[\]][^\s,;:)]*"#,
        ] {
            plain = plain.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        var words: [String] = []
        for word in plain.split(whereSeparator: { !$0.isLetter }).map(String.init) {
            let lower = word.lowercased()
            // `Interviu` or `SCOPE` counts, a name written in mixed case (`KominfoDigital`) does not.
            guard Self.english.contains(lower), word == lower || word == word.uppercased() else { continue }
            words.append(lower)
        }
        return words
    }
}

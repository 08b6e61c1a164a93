/// Help laid out for an 100-column terminal, as swift-argument-parser lays it out.
enum HelpText {
    static let width = 100
    /// The widest option column; a longer option puts its description on the next line.
    static let optionColumn = 26

    /// `text` broken at spaces into lines of at most `width` characters, the first starting after `firstIndent`
    /// characters already on the line, the others indented by `indent` spaces. A word longer than a line stays whole.
    static func wrap(_ text: String, indent: Int, firstIndent: Int? = nil) -> String {
        var lines: [String] = []
        var line = ""
        var used = firstIndent ?? indent
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty, used + line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
                used = indent
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        lines.append(line)
        let padding = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : padding + $0.element }.joined(separator: "\n")
    }

    /// Two columns (`  left  right`), the right one wrapped; a left cell too wide for the column stands alone.
    static func table(_ rows: [(String, String)]) -> String {
        let column = min(rows.map(\.0.count).max() ?? 0, optionColumn) + 2
        var text = ""
        for (left, right) in rows {
            let indent = 2 + column
            if left.count + 2 > column {
                text += "  " + left + "\n" + String(repeating: " ", count: indent) + wrap(right, indent: indent) + "\n"
            } else {
                text += "  " + left.padding(toLength: column, withPad: " ", startingAt: 0)
                text += wrap(right, indent: indent) + "\n"
            }
        }
        return text
    }
}

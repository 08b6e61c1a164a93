/// A table, rendered as plain text (columns padded to their widest cell, numbers right-aligned), as a Markdown
/// table or as CSV, escaping the same way in every report: control characters made visible everywhere, `|`
/// escaped in Markdown, RFC 4180 quoting in CSV (where newlines in a cell stay).
struct Table {
    let header: [String]
    /// Per column: true to right-align.
    let rightAligned: [Bool]
    var rows: [[String]] = []

    init(_ header: [String], rightAligned: [Bool] = [], rows: [[String]] = []) {
        self.header = header
        self.rightAligned = header.indices.map { rightAligned.indices.contains($0) && rightAligned[$0] }
        self.rows = rows
    }

    /// The plain-text table.
    var text: String {
        let all = ([header] + rows).map { $0.map(\.visible) }
        let cellWidths = all.map { row in row.map(Self.width) }
        let widths = header.indices.map { column in
            cellWidths.map { $0.indices.contains(column) ? $0[column] : 0 }.max() ?? 0
        }
        var text = ""
        // Padding cut from one string of spaces: building a new one per cell cost more than the rest of the table.
        func pad(_ count: Int) {
            var left = count
            while left > 0 {
                let step = min(left, Self.spaces.utf8.count)
                text += Self.spaces.prefix(step)
                left -= step
            }
        }
        for (row, rowWidths) in zip(all, cellWidths) {
            for (column, cell) in row.enumerated() {
                if column > 0 { text += "  " }
                let padding = widths[column] - rowWidths[column]
                if rightAligned[column] { pad(padding) }
                text += cell
                if !rightAligned[column] && column < row.count - 1 { pad(padding) }
            }
            text += "\n"
        }
        return text
    }

    /// The Markdown table; a cell may hold Markdown (`**2.87**`, `` `id` ``), only `|` is escaped.
    var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.visible.replacingOccurrences("|", "\\|") }.joined(separator: " | ") + " |\n"
        }
        return line(header) + "|" + rightAligned.map { $0 ? "--:|" : "---|" }.joined() + "\n" + rows.map(line).joined()
    }

    /// The CSV, header first.
    var csv: String {
        ([header] + rows).map { $0.map { Self.csvField($0.visibleKeepingLines) }.joined(separator: ",") + "\n" }
            .joined()
    }

    /// One CSV field, quoted when it holds a comma, a quote or a newline.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let spaces = String(repeating: " ", count: 64)

    /// Characters on screen: counting grapheme clusters is slow, and most cells are ASCII, one byte each.
    private static func width(_ cell: String) -> Int {
        cell.utf8.allSatisfy { $0 < 0x80 } ? cell.utf8.count : cell.count
    }
}

extension Table {
    static func csvOf(_ header: [String], _ rows: [[String]]) -> String { Table(header, rows: rows).csv }

    static func markdownOf(_ header: [String], _ rows: [[String]], rightAligned: [Bool]) -> String {
        Table(header, rightAligned: rightAligned, rows: rows).markdown
    }
}

/// A table as CSV (RFC 4180 quoting) or as a Markdown table, for the reports whose text is a table.
enum TableFormats {
    static func csv(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map { ScoreReport.csvField($0.visibleKeepingLines) }.joined(separator: ",") + "\n" }
            .joined()
    }

    /// `rightAligned` marks numeric columns; `|` in a cell is escaped.
    static func markdown(_ header: [String], _ rows: [[String]], rightAligned: [Bool]) -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.visible.replacingOccurrences("|", "\\|") }.joined(separator: " | ") + " |\n"
        }
        let rule =
            "|"
            + header.indices.map { rightAligned.indices.contains($0) && rightAligned[$0] ? "--:|" : "---|" }
            .joined() + "\n"
        return line(header) + rule + rows.map(line).joined()
    }
}

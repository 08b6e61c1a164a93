/// A plain-text table: columns padded to their widest cell, numbers right-aligned.
struct TextTable {
    let header: [String]
    /// Per column: true to right-align.
    let rightAligned: [Bool]
    var rows: [[String]] = []

    init(_ header: [String], rightAligned: [Bool]) {
        self.header = header
        self.rightAligned = rightAligned
    }

    var rendered: String {
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

    private static let spaces = String(repeating: " ", count: 64)

    /// Characters on screen: counting grapheme clusters is slow, and most cells are ASCII, one byte each.
    private static func width(_ cell: String) -> Int {
        cell.utf8.allSatisfy { $0 < 0x80 } ? cell.utf8.count : cell.count
    }
}

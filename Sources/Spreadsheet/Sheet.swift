/// One value of a spreadsheet cell, as spbe writes and reads it.
public enum Cell: Equatable, Sendable {
    case empty
    case text(String)
    /// A number as its decimal literal (`3.5`), never through a binary floating point value.
    case number(String)
    /// A calendar day, `YYYY-MM-DD`.
    case date(String)
    case bool(Bool)

    public var isEmpty: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.allSatisfy(\.isWhitespace)
        default: false
        }
    }
}

/// One sheet: its name and rows (row `n` of the program is `rows[n - 1]`, the first is the header), with
/// the layout spbe writes (ignored when reading).
public struct Sheet: Sendable {
    /// How a column's cells are shown.
    public enum Style: Sendable, Equatable {
        case plain, text, wrapped, date, twoDecimals
    }

    /// What a column's cells may hold: the programs check it as the user types.
    public enum Validation: Sendable, Equatable {
        case whole(min: Int, max: Int)
        /// Decimals from `min` to `max` with at most `places` decimals.
        case decimal(min: String, max: String, places: Int)
        case list([String])
    }

    public struct Column: Sendable {
        public let width: Int
        public let style: Style
        public let validation: Validation?
        /// What the program says when a typed value breaks the validation.
        public let validationMessage: String?

        public init(width: Int, style: Style = .plain, validation: Validation? = nil, validationMessage: String? = nil)
        {
            self.width = width
            self.style = style
            self.validation = validation
            self.validationMessage = validationMessage
        }
    }

    public let name: String
    public var rows: [[Cell]]
    public var columns: [Column]
    /// The first row stays in view while scrolling.
    public var freezesHeader: Bool

    public init(name: String, rows: [[Cell]], columns: [Column] = [], freezesHeader: Bool = true) {
        self.name = name
        self.rows = rows
        self.columns = columns
        self.freezesHeader = freezesHeader
    }

    /// The cell at 0-based `row` and `column`, empty past the ends; setting one past the ends adds what it needs.
    public subscript(row: Int, column: Int) -> Cell {
        get {
            guard row < rows.count, column < rows[row].count else { return .empty }
            return rows[row][column]
        }
        set {
            if rows.count <= row { rows += Array(repeating: [], count: row + 1 - rows.count) }
            if rows[row].count <= column { rows[row] += Array(repeating: .empty, count: column + 1 - rows[row].count) }
            rows[row][column] = newValue
        }
    }

    /// `Bappeda!D7`: how spreadsheet programs name a cell (0-based row and column in).
    public func reference(row: Int, column: Int) -> String {
        let quoted = name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? name : "'\(name)'"
        return "\(quoted)!\(Self.columnName(column))\(row + 1)"
    }

    /// `A`, `B`, … `Z`, `AA`: a 0-based column's letters.
    public static func columnName(_ column: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }
}

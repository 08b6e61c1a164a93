import Foundation
import SPBECore
import Spreadsheet

/// Reading typed values out of cells, as users and their programs leave them: a number cell or a number typed
/// as text (`2,75` with a decimal comma as well), a date cell or an ISO date typed as text.
enum CellValues {
    enum Failure: Error { case notANumber, tooManyDecimals(String), notADate }

    /// The text of a cell; numbers and dates as they are written. Windows line ends as one line feed.
    static func text(_ cell: Cell) -> String? {
        switch cell {
        case .empty: return nil
        case .text(let text):
            guard !text.allSatisfy(\.isWhitespace) else { return nil }
            return text.replacingOccurrences(of: "\r\n", with: "\n")
        case .number(let literal): return literal
        case .date(let iso): return iso
        case .bool(let flag): return flag ? "TRUE" : "FALSE"
        }
    }

    /// An id: its text without surrounding spaces.
    static func id(_ cell: Cell) -> String? {
        text(cell)?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A level: hundredths exactly, or a binary floating point value that is within a millionth of hundredths
    /// (`2.7499999999999996`, which a program may write for 2.75).
    static func level(_ cell: Cell) throws(Failure) -> Level? {
        let literal: String
        switch cell {
        case .empty: return nil
        case .number(let value): literal = value
        case .text(let value):
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return nil }
            literal = trimmed.replacingOccurrences(of: ",", with: ".")
        case .date, .bool: throw .notANumber
        }
        guard literal.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            let value = Double(literal), value.isFinite, abs(value) < 10_000
        else { throw .notANumber }
        let hundredths = (value * 100).rounded()
        guard abs(value * 100 - hundredths) < 1e-6 else { throw .tooManyDecimals(literal) }
        return Level(hundredths: Int(hundredths))
    }

    /// A day: a date cell, or text as `YYYY-MM-DD`, or `DD/MM/YYYY` (Indonesian) where the csv's convention is
    /// the Indonesian one.
    static func date(_ cell: Cell, dayFirst: Bool) throws(Failure) -> String? {
        switch cell {
        case .empty: return nil
        case .date(let iso): return iso
        case .text(let raw):
            let text = raw.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            if isISODate(text) { return text }
            let parts = text.split(separator: "/")
            if dayFirst, parts.count == 3, parts[2].count == 4 {
                let candidate = "\(parts[2])-\(padded(parts[1]))-\(padded(parts[0]))"
                if isISODate(candidate) { return candidate }
            }
            throw .notADate
        case .number, .bool: throw .notADate
        }
    }

    private static func padded(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// A list written `L2-01, L2-02` (commas or semicolons).
    static func list(_ cell: Cell) -> [String]? {
        guard let text = text(cell) else { return nil }
        let items = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        return items.isEmpty ? nil : items
    }
}

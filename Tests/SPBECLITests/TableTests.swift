import Testing

@testable import SPBECLI

/// One table renderer: the same cells escape the same way in text, Markdown and CSV, in every report.
struct TableTests {
    static let table = Table(
        ["id", "name", "value"], rightAligned: [false, false, true],
        rows: [["P01", "a | b", "2.5"], ["P02", "line\none \"quoted\", x", "10"], ["P03", "esc\u{1B}[31m", "1"]])

    @Test func text() {
        #expect(
            Self.table.text
                == "id   name                      value\nP01  a | b                       2.5\nP02  line\\u{A}one \"quoted\", x     10\nP03  esc\\u{1B}[31m                 1\n"
        )
    }

    @Test func markdown() {
        #expect(
            Self.table.markdown
                == "| id | name | value |\n|---|---|--:|\n| P01 | a \\| b | 2.5 |\n| P02 | line\\u{A}one \"quoted\", x | 10 |\n| P03 | esc\\u{1B}[31m | 1 |\n"
        )
    }

    @Test func csv() {
        #expect(
            Self.table.csv
                == "id,name,value\nP01,a | b,2.5\nP02,\"line\none \"\"quoted\"\", x\",10\nP03,esc\\u{1B}[31m,1\n")
    }
}

import Testing

@testable import JSONSchema

/// The fast pattern matcher must agree with Swift's Regex on the patterns it accepts, and refuse the rest.
struct SimplePatternTests {
    static let patterns = [
        "^[a-z0-9]+(-[a-z0-9]+)*$", "^[0-9a-f]{64}$", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "^[A-Za-z0-9][A-Za-z0-9._-]*$",
        "a+b", "^(ab|cd){2,3}$", "x?y{1,}z", "^\\d+\\.\\d*$", "[^abc]", "^a.c$", "^(a|ab)(c|bcd)(d*)$", "^$",
        "^a{2}b*$", "^.{3}$", "^[0-9]{2,4}$", "^ab?$", "^a?b$", "^\\d{2}x+$",
    ]
    static let texts = [
        "", "kota-contoh", "kota--contoh", "-kota", "bappeda", String(repeating: "a", count: 64),
        String(repeating: "a", count: 63),
        "2024-01-31", "2024-1-31", "I12", "i.1_2-x", "aab", "abcd", "ababab", "abababab", "yyz", "xz", "12.5", "12.",
        ".5",
        "abc", "abd", "axc", "a\nc", "abcd", "acd", "KOTA", "aa", "aabbb", "12345", "123", "1", "12xx", "ab", "b",
    ]

    @Test func agreesWithRegex() throws {
        for source in Self.patterns {
            let simple = try #require(SimplePattern(source), "\(source) should be supported")
            let regex = try Regex(source)
            for text in Self.texts {
                let expected = (try? regex.firstMatch(in: text)) != nil
                #expect(simple.matches(text) == expected, "\(source) on \(text.debugDescription)")
            }
        }
    }

    @Test func refusesWhatItDoesNotSupport() {
        for source in ["(?=a)", "\\p{L}", "a*?", "[[:alpha:]]", "\\bword", "é+"] {
            #expect(SimplePattern(source) == nil, "\(source)")
        }
        #expect(SimplePattern("^[a-z]+$")?.matches("kotá") == false, "no non-ASCII byte matches a positive ASCII class")
        #expect(SimplePattern("^.+$")?.matches("kotá") == nil, "a dot would split the character: left to Regex")
        #expect(SimplePattern("[^a]")?.matches("á") == nil)
    }
}

import Testing

@testable import JSONSchema

/// Both pattern matchers agree with Swift's (backtracking) Regex where that finishes, the automaton stays linear
/// where a backtracking matcher would not, and what needs backtracking is refused.
struct PatternTests {
    static let patterns = [
        "^[a-z0-9]+(-[a-z0-9]+)*$", "^[0-9a-f]{64}$", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "^[A-Za-z0-9][A-Za-z0-9._-]*$",
        "a+b", "^(ab|cd){2,3}$", "x?y{1,}z", "^\\d+\\.\\d*$", "[^abc]", "^a.c$", "^(a|ab)(c|bcd)(d*)$", "^$",
        "^a{2}b*$", "^.{3}$", "^[0-9]{2,4}$", "^ab?$", "^a?b$", "^\\d{2}x+$", "a*?b", "(?:ab)+$", "\\bkota\\b",
        "\\Bota", "^\\w+\\s\\w+$", "^[\\d_]+$", "^[^\\s]+$", "é+", "^\\u00e9$", "^\\x41\\t", "a{2,}?",
        "[a-]x", "^\\p{L}+$", "^\\P{L}+$", "x]y", "^[\\b]$",
    ]
    static let texts = [
        "", "kota-contoh", "kota--contoh", "-kota", "bappeda", String(repeating: "a", count: 64),
        String(repeating: "a", count: 63), "2024-01-31", "2024-1-31", "I12", "i.1_2-x", "aab", "abcd", "ababab",
        "abababab", "yyz", "xz", "12.5", "12.", ".5", "abc", "abd", "axc", "a\nc", "acd", "KOTA", "aa", "aabbb",
        "12345", "123", "1", "12xx", "ab", "b", "kota contoh", "di kota", "kotá", "é", "A\tb", "-x", "a{,2}", "x]y",
        "\u{08}", "12_3", "αβγ",
    ]

    @Test func agreesWithRegex() throws {
        for source in Self.patterns {
            let automaton = try #require(LinearPattern(source), "\(source) should be supported")
            let simple = SimplePattern(source)
            let regex = try Regex(source)
            for text in Self.texts {
                let expected = (try? regex.firstMatch(in: text)) != nil
                #expect(automaton.matches(text) == expected, "\(source) on \(text.debugDescription)")
                if let result = simple?.matches(text) { #expect(result == expected, "simple \(source) on \(text)") }
            }
        }
    }

    /// Where Swift's Regex departs from ECMA-262, the automaton follows ECMA-262.
    @Test func followsECMAWhereSwiftDeparts() {
        #expect(LinearPattern("^\\d$")?.matches("٣") == false, "\\d is ASCII digits only")
        #expect(LinearPattern("^\\p{Nd}$")?.matches("٣") == true)
        #expect(LinearPattern("^a{,2}$")?.matches("a{,2}") == true, "{,2} is no quantifier: literal text")
        #expect(LinearPattern("^\\s$")?.matches("\u{FEFF}") == true)
    }

    /// Each of these takes a backtracking matcher about 2^40 steps; the automaton a few thousand.
    @Test func catastrophicPatternsStayLinear() throws {
        let text = String(repeating: "a", count: 40) + "!"
        for source in ["^(a+)+$", "(a|a)*b", "^(a|aa)*$", "(a*)*b", "^(\\w+\\s?)*$"] {
            let pattern = try #require(LinearPattern(source), "\(source)")
            #expect(!pattern.matches(text), "\(source)")
        }
        #expect(LinearPattern("^(a+)+$")?.matches(String(repeating: "a", count: 100_000)) == true)
    }

    @Test func refusesWhatNeedsBacktrackingOrIsNotAPattern() {
        for source in [
            "(?=a)", "(?!a)", "(?<=a)b", "(?<!a)b", "(a)\\1", "\\k<x>", "(", "a)", "[a", "*a", "a{3,2}", "\\p{Nope}",
        ] {
            #expect(LinearPattern(source) == nil, "\(source)")
        }
        #expect(LinearPattern("(a{1000}){1000}") == nil, "an automaton of a million states is refused")
        #expect(LinearPattern("(?<year>[0-9]{4})")?.matches("2026") == true)
    }

    @Test func theFixedLayoutMatcherTakesOnlyWhatCannotBacktrack() {
        #expect(SimplePattern("^[0-9a-f]{64}$") != nil)
        for source in ["^[a-z0-9]+(-[a-z0-9]+)*$", "a+b", "^(a+)+$", "\\p{L}", "é+"] {
            #expect(SimplePattern(source) == nil, "\(source)")
        }
        #expect(SimplePattern("^[a-z]{2}$")?.matches("ká") == false, "no non-ASCII byte matches a positive ASCII class")
        #expect(
            SimplePattern("^.{3}$")?.matches("kotá") == nil, "a dot would split the character: left to the automaton")
    }
}

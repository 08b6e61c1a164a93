import Testing

@testable import JSONSchema

/// `uniqueItems` finds duplicates of long string and number lists by hashing: the answer must be the pairwise one.
struct UniqueItemsTests {
    static func elements(_ json: String) throws -> [JSONNode] {
        try #require(try JSONParser().parse(Array(json.utf8)).root.elements)
    }

    static func pairwise(_ elements: [JSONNode]) -> (Int, Int)? {
        for second in elements.indices.dropFirst() {
            for first in 0..<second where elements[first].value.jsonEquals(elements[second].value) {
                return (first, second)
            }
        }
        return nil
    }

    @Test(arguments: [
        #"["I01", "I02", "I03", "I04", "I05", "I06", "I07", "I08", "I09", "I10"]"#,
        #"["I01", "I02", "I03", "I04", "I05", "I06", "I07", "I08", "I09", "I03", "I02"]"#,
        #"["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "i", "a"]"#,
        #"[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 2.0, 1e0]"#,
        #"[1, 2, 3, 4, 5, 6, 7, 8, 9, "1", "2", 10]"#,
        // Canonically equal but different code points: not equal in JSON.
        #"["\u00e9", "e\u0301", "x", "y", "z", "u", "v", "w", "q", "e\u0301"]"#,
    ])
    func hashedSearchMatchesPairwise(_ json: String) throws {
        let elements = try Self.elements(json)
        let found = ValidationRun.firstDuplicate(elements)
        let expected = Self.pairwise(elements)
        #expect(found?.0 == expected?.0 && found?.1 == expected?.1)
    }

    @Test func canonicallyEqualStringsAreDistinct() throws {
        let elements = try Self.elements(#"["\u00e9", "e\u0301", "a", "b", "c", "d", "f", "g", "h", "i"]"#)
        #expect(ValidationRun.firstDuplicate(elements) == nil)
        #expect(
            ValidationRun.firstDuplicate(
                try Self.elements(#"["a", "b", "c", "d", "f", "g", "h", "i", "j", "k", "\u00e9", "\u00e9"]"#))! == (
                    10, 11
                ))
    }
}

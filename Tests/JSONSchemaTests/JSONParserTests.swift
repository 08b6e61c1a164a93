import Testing

@testable import JSONSchema

/// The parser's decided behaviours, messages, positions and exact numbers; and JSON pointers.
struct JSONParserTests {
    static func parse(_ text: String, maxDepth: Int = 512) throws(JSONSyntaxError) -> JSONDocument {
        try JSONParser(maxDepth: maxDepth).parse(Array(text.utf8))
    }

    static func error(_ text: String, maxDepth: Int = 512) -> JSONSyntaxError? {
        do {
            _ = try parse(text, maxDepth: maxDepth)
            return nil
        } catch {
            return error
        }
    }

    @Test func messagesSayWhatWasExpectedWithLineAndByteColumn() {
        let missingComma = Self.error("{\n  \"a\": 1\n  \"b\": 2\n}")
        #expect(missingComma?.message.en == "missing ',' after this value; add a comma here")
        #expect(
            missingComma?.location == SourceLocation(line: 2, column: 9), "where the comma belongs, not the next line")
        #expect(Self.error("{\"a\": [1,\n 2,\n]}")?.message.en == "a ',' before the closing bracket; remove this comma")
        #expect(Self.error("{\"a\": [1,\n 2,\n]}")?.location == SourceLocation(line: 2, column: 3))
        #expect(Self.error("[1 2]")?.location == SourceLocation(line: 1, column: 3))
        #expect(
            Self.error("{\"a\" 1}")?.message.indonesian == "'1' tidak diharapkan, seharusnya ':' setelah kunci objek")
        #expect(Self.error(#"["\x"]"#)?.message.en.hasPrefix("invalid escape '\\x'") == true)
        #expect(Self.error("[\"é\", \"\u{00C3}(\"]").map { _ in true } == nil, "valid UTF-8 is fine")
        let badUTF8 = try? JSONParser().parse([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D])
        #expect(badUTF8 == nil)
        do {
            _ = try JSONParser().parse([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D])
        } catch {
            #expect(
                error.message.en.hasPrefix("invalid UTF-8 byte 0xC3"), "the character that breaks, not the byte after")
            #expect(error.location == SourceLocation(line: 1, column: 3))
        }
        #expect(
            Self.error("{\"é\": 1,}")?.location == SourceLocation(line: 1, column: 9), "columns count bytes: é is two")
    }

    /// Strings are skipped eight bytes at a time: a special byte at any offset from that stride must still count.
    @Test func specialBytesAreFoundAtEveryOffsetInLongStrings() throws {
        for prefix in 0..<17 {
            let plain = String(repeating: "a", count: prefix)
            let tail = String(repeating: "b", count: 9)
            #expect(try Self.parse("[\"\(plain)\\n\(tail)\"]").root.elements?.first?.string == plain + "\n" + tail)
            #expect(try Self.parse("[\"\(plain)é\(tail)\"]").root.elements?.first?.string == plain + "é" + tail)
            #expect(try Self.parse("[\"\(plain)\"]").root.elements?.first?.string == plain)
            #expect(Self.error("[\"\(plain)\u{01}\(tail)\"]")?.location == SourceLocation(line: 1, column: 3 + prefix))
            #expect(Self.error("[\"\(plain)\u{7F}\(tail)\"]") == nil, "DEL is allowed in strings")
            var bytes = Array("[\"\(plain)x\(tail)\"]".utf8)
            bytes[2 + prefix] = 0xFF
            #expect((try? JSONParser().parse(bytes)) == nil)
        }
    }

    @Test func decidedBehaviours() {
        #expect(Self.error("\u{FEFF}{}")?.kind == .byteOrderMark)
        #expect(Self.error(#"["\uD800"]"#)?.kind == .loneSurrogate("\\uD800"))
        #expect(Self.error(#"["\uDC00\uD800"]"#) != nil)
        #expect((try? Self.parse(#"["\uD83D\uDE00"]"#))?.root.elements?.first?.string == "😀")
        #expect(Self.error("[\"a\u{0}b\"]")?.kind == .controlCharacter(0))
        #expect((try? Self.parse(#"["a\u0000b"]"#))?.root.elements?.first?.string?.unicodeScalars.count == 3)
        #expect(
            Self.error(String(repeating: "[", count: 11) + String(repeating: "]", count: 11), maxDepth: 10)?.kind
                == .tooDeep(limit: 10))
        #expect(Self.error(String(repeating: "[", count: 10) + String(repeating: "]", count: 10), maxDepth: 10) == nil)
        #expect((try? JSONParser(maxSize: 4).parse(Array("[1,2]".utf8))) == nil)
    }

    @Test func duplicateKeysAreKeptAndReported() throws {
        let document = try Self.parse("{\"indicators\": {\"I12\": {\"level\": 3},\n  \"I12\": {\"level\": 4}}}")
        #expect(document.duplicateKeys.count == 1)
        let duplicate = try #require(document.duplicateKeys.first)
        #expect(duplicate.pointer.description == "/indicators/I12")
        #expect(document.location(of: duplicate.firstOffset) == SourceLocation(line: 1, column: 17))
        #expect(document.location(of: duplicate.secondOffset) == SourceLocation(line: 2, column: 3))
        #expect(document.root["indicators"]?.members?.count == 2)
    }

    /// Members of nested and large objects share one stack while parsing: each object must get exactly its own.
    @Test func nestedAndLargeObjectsKeepTheirOwnMembers() throws {
        let keys = (0..<40).map { "k\($0)" }
        let large =
            "{" + keys.map { "\"\($0)\": {\"a\": [1, {\"b\": 2}], \"c\": 3}" }.joined(separator: ", ")
            + ", \"k7\": 0, \"k39\": []}"
        let document = try Self.parse("[" + large + ", {\"x\": [[], [1, 2], {}]}, []]")
        let object = try #require(document.root.elements?.first)
        #expect(object.members?.map(\.key) == keys + ["k7", "k39"])
        #expect(
            object["k3"]?["a"]?.elements?.count == 2 && object["k3"]?["a"]?.elements?[1]["b"]?.number == JSONNumber(2))
        #expect(
            document.root.elements?[1]["x"]?.elements?.map { $0.elements?.count ?? $0.members?.count ?? -1 } == [
                0, 2, 0,
            ])
        #expect(document.duplicateKeys.map(\.pointer.description) == ["/0/k7", "/0/k39"])
    }

    @Test func numbersKeepTheirExactValue() throws {
        let document = try Self.parse(
            "[3.50, 3.5, 35e-1, 1e400, 123456789012345678901234567890, 123456789012345678901234567891, -0, 0.0, 1E+2, 100]"
        )
        let numbers = (document.root.elements ?? []).compactMap { $0.number }
        #expect(numbers.count == 10)
        #expect(numbers[0] == numbers[1] && numbers[1] == numbers[2])
        #expect(numbers[0].literal == "3.50", "the literal is kept")
        #expect(numbers[3] > numbers[4] && numbers[4] < numbers[5] && numbers[4] != numbers[5])
        #expect(numbers[6] == numbers[7])
        #expect(numbers[8] == numbers[9] && numbers[8].intValue == 100)
        #expect(numbers[3].isInteger && numbers[3].intValue == nil)
    }

    @Test func everyPointerMapsToAPosition() throws {
        let text = "{\n  \"a/b\": [10, {\"m~n\": true}],\n  \"c\": null\n}"
        let document = try Self.parse(text)
        let pointer = try #require(JSONPointer(parsing: "/a~1b/1/m~0n"))
        #expect(pointer.tokens == ["a/b", "1", "m~n"])
        #expect(pointer.description == "/a~1b/1/m~0n")
        #expect(document.root.resolve(pointer)?.bool == true)
        #expect(document.location(of: document.offset(of: pointer)) == SourceLocation(line: 2, column: 23))
        #expect(document.location(of: document.offset(of: JSONPointer(["c"]))) == SourceLocation(line: 3, column: 8))
        #expect(
            document.location(of: document.offset(of: JSONPointer(["a/b", "7"])))
                == SourceLocation(line: 2, column: 10), "a missing member points at its parent")
        #expect(JSONPointer(parsing: "a") == nil && JSONPointer(parsing: "/~2") == nil)
        #expect(JSONPointer(parsing: "")?.tokens == [])
        #expect(document.root.resolve(JSONPointer(["a/b", "01"])) == nil, "no leading zeros in array indices")
    }
}

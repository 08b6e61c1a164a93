import Testing

@testable import Spreadsheet

/// The zip layer: what it writes it reads back, and bytes from outside are checked before they cost anything.
struct ZipTests {
    static func archive(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var zip = ZipWriter()
        for (name, bytes) in entries { zip.add(name, bytes) }
        return zip.finished()
    }

    @Test func writtenEntriesReadBack() throws {
        let text = Array(String(repeating: "Penilaian mandiri SPBE ", count: 200).utf8)
        let bytes = Self.archive([("a.xml", text), ("kosong", []), ("ü/ß.txt", [1, 2, 3])])
        let reader = try ZipReader(bytes)
        #expect(try reader.contents("a.xml") == text)
        #expect(try reader.contents("kosong") == [])
        #expect(try reader.contents("ü/ß.txt") == [1, 2, 3])
        #expect(try reader.contents("missing") == nil)
        #expect(bytes.count < text.count / 4, "entries are deflated")
    }

    @Test func aChangedByteFailsTheCRC() throws {
        var bytes = Self.archive([("a.txt", Array("abcdefghij".utf8))])
        // Stored data starts after the 30-byte local header and the 5-byte name; change a compressed byte.
        bytes[36] ^= 0x01
        #expect(throws: WorkbookError.damaged) { try ZipReader(bytes).contents("a.txt") }
    }

    @Test func aZipBombIsRefusedBeforeInflating() throws {
        let zeros = [UInt8](repeating: 0, count: 50 << 20)
        let bytes = Self.archive([("xl/worksheets/sheet1.xml", zeros)])
        #expect(bytes.count < 100_000)
        #expect(throws: WorkbookError.zipBomb) { try ZipReader(bytes) }
    }

    @Test func aDeclaredSizeThatLiesIsDamage() throws {
        var bytes = Self.archive([("a.txt", Array("abcdefghij".utf8))])
        // Central directory entry: uncompressed size at offset 24 from its signature.
        let central = bytes.count - 22 - (46 + 5)
        bytes[central + 24] = 5
        #expect(throws: WorkbookError.damaged) { try ZipReader(bytes).contents("a.txt") }
    }

    @Test func tooManyEntriesAndTruncationAndEncryption() throws {
        let many = Self.archive((0..<30).map { ("f\($0)", [UInt8]()) })
        #expect(throws: WorkbookError.tooLarge) { try ZipReader(many, limits: .init(entries: 10)) }
        let bytes = Self.archive([("a.txt", Array("abc".utf8))])
        #expect(throws: WorkbookError.notAWorkbook) { try ZipReader(Array(bytes.prefix(10))) }
        #expect(throws: (any Error).self) { try ZipReader(Array(bytes.dropLast(3))) }
        var encrypted = bytes
        let central = bytes.count - 22 - (46 + 5)
        encrypted[central + 8] |= 1
        #expect(throws: WorkbookError.encrypted) { try ZipReader(encrypted) }
    }

    /// Mutated archives (single bytes, runs, truncations) never crash: they read or are refused.
    @Test func mutatedArchivesNeverCrash() throws {
        let base = XLSXWriter(sheets: [Sheet(name: "s", rows: [[.text("a"), .number("1.5")], [.date("2026-01-02")]])])
            .package()
        var generator = SplitMix(seed: 2026)
        for round in 0..<600 {
            var bytes = base
            switch round % 3 {
            case 0: bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
            case 1:
                let start = Int(generator.next() % UInt64(bytes.count))
                for index in start..<min(bytes.count, start + 16) { bytes[index] = 0xFF }
            default: bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count))))
            }
            _ = try? XLSXReader(bytes).sheets()
        }
    }
}

/// A small deterministic generator, so a failing mutation can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Reads a zip archive from outside: every size and offset checked against the bytes, entries inflated only
/// when asked for and never past their declared size or the limits, each one's CRC-32 checked.
struct ZipReader {
    struct Limits {
        var entries = 2_000
        /// An assessment workbook's largest part is a few hundred kilobytes; these leave room without letting a
        /// part cost more than a few seconds.
        var entrySize = 16 << 20
        var totalSize = 64 << 20
        /// Inflated size over compressed size above which a large entry is taken for a zip bomb.
        var ratio = 200
    }

    struct Entry {
        let name: String
        let method: UInt16
        let crc: UInt32
        let compressedSize: Int
        let size: Int
        let localHeader: Int
    }

    let bytes: [UInt8]
    let entries: [String: Entry]
    let limits: Limits

    init(_ bytes: [UInt8], limits: Limits = Limits()) throws(WorkbookError) {
        self.bytes = bytes
        self.limits = limits
        guard let end = Self.endRecord(bytes) else { throw .notAWorkbook }
        let count = Int(Self.u16(bytes, end + 10))
        let directorySize = Int(Self.u32(bytes, end + 12))
        let directoryStart = Int(Self.u32(bytes, end + 16))
        guard count <= limits.entries else { throw .tooLarge }
        guard directoryStart + directorySize <= end else { throw .damaged }
        var entries: [String: Entry] = [:]
        var position = directoryStart
        var total = 0
        for _ in 0..<count {
            guard position + 46 <= end, Self.u32(bytes, position) == 0x0201_4b50 else { throw .damaged }
            let flags = Self.u16(bytes, position + 8)
            let nameLength = Int(Self.u16(bytes, position + 28))
            let extraLength = Int(Self.u16(bytes, position + 30))
            let commentLength = Int(Self.u16(bytes, position + 32))
            guard position + 46 + nameLength <= end else { throw .damaged }
            let entry = Entry(
                name: String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self),
                method: Self.u16(bytes, position + 10), crc: Self.u32(bytes, position + 16),
                compressedSize: Int(Self.u32(bytes, position + 20)), size: Int(Self.u32(bytes, position + 24)),
                localHeader: Int(Self.u32(bytes, position + 42)))
            // Bit 0: encrypted. Sizes of 0xFFFFFFFF: zip64, which no workbook of this size needs.
            guard flags & 1 == 0 else { throw .encrypted }
            if entry.size > 1 << 20 && entry.size / max(entry.compressedSize, 1) > limits.ratio { throw .zipBomb }
            guard entry.size != 0xFFFF_FFFF, entry.compressedSize != 0xFFFF_FFFF, entry.size <= limits.entrySize
            else { throw .tooLarge }
            total += entry.size
            guard total <= limits.totalSize else { throw .tooLarge }
            // A name given twice: which one a program reads is anyone's guess.
            guard entries[entry.name] == nil else { throw .damaged }
            entries[entry.name] = entry
            position += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The inflated bytes of the entry named `name`; nil when there is none.
    func contents(_ name: String) throws(WorkbookError) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        let header = entry.localHeader
        guard header + 30 <= bytes.count, Self.u32(bytes, header) == 0x0403_4b50 else { throw .damaged }
        let start = header + 30 + Int(Self.u16(bytes, header + 26)) + Int(Self.u16(bytes, header + 28))
        guard start + entry.compressedSize <= bytes.count else { throw .damaged }
        let data = bytes[start..<(start + entry.compressedSize)]
        let inflated: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw .damaged }
            inflated = Array(data)
        case 8:
            guard let result = Deflate.decompress(data, expectedSize: entry.size, limit: limits.entrySize) else {
                throw .damaged
            }
            inflated = result
        default: throw .unsupportedCompression
        }
        guard Deflate.crc32(inflated) == entry.crc else { throw .damaged }
        return inflated
    }

    /// Where the end-of-central-directory record starts: searched back over the longest comment allowed.
    private static func endRecord(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var position = bytes.count - 22
        while position >= lowest {
            if u32(bytes, position) == 0x0605_4b50 { return position }
            position -= 1
        }
        return nil
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
    private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16
    }
}

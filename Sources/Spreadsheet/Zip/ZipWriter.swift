/// Writes a zip archive (the package of an xlsx workbook): every entry deflated, with a fixed timestamp so
/// that the same workbook is the same bytes.
struct ZipWriter {
    private var output: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    mutating func add(_ name: String, _ bytes: [UInt8]) {
        let compressed = Deflate.compress(bytes)
        let name = Array(name.utf8)
        let crc = Deflate.crc32(bytes)
        let offset = output.count
        // Bit 11: the name is UTF-8. Time 00:00, date 1980-01-01 (the format's epoch).
        let common: [UInt8] =
            le16(20) + le16(0x0800) + le16(8) + le16(0) + le16(0x21) + le32(crc) + le32(UInt32(compressed.count))
            + le32(UInt32(bytes.count)) + le16(UInt16(name.count)) + le16(0)
        output += le32(0x0403_4b50) + common + name + compressed
        central +=
            le32(0x0201_4b50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(offset))
            + name
        count += 1
    }

    func finished() -> [UInt8] {
        let end: [UInt8] =
            le32(0x0605_4b50) + le16(0) + le16(0) + le16(UInt16(count)) + le16(UInt16(count))
            + le32(UInt32(central.count)) + le32(UInt32(output.count)) + le16(0)
        return output + central + end
    }

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}

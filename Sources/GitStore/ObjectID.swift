import CGit2

/// A git object id (SHA-1): its 20 bytes held inline, as git2-rs's `Oid`, so it outlives every libgit2 handle
/// and is copied, hashed and compared without touching the heap.
public struct ObjectID: Hashable, Comparable, Sendable, CustomStringConvertible {
    private let oid: git_oid

    init(_ oid: git_oid) { self.oid = oid }

    /// Takes the first 20 bytes of `bytes` (at least 20).
    public init(bytes: some Collection<UInt8>) {
        precondition(bytes.count >= 20, "an object id has 20 bytes")
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { $0.copyBytes(from: bytes.prefix(20)) }
        self.oid = oid
    }

    /// Parses 40 hexadecimal digits; returns nil for anything else.
    public init?(hex: String) {
        var digits = Array(hex.utf8)
        guard digits.count == 40, digits.allSatisfy({ Self.isHexDigit($0) }) else { return nil }
        var oid = git_oid()
        let status = digits.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { git_oid_fromstrn(&oid, $0.baseAddress, 40) }
        }
        guard status == 0 else { return nil }
        self.oid = oid
    }

    /// Lends the 20 raw bytes.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        var copy = oid
        return try Swift.withUnsafeBytes(of: &copy.id) { try body($0) }
    }

    /// The id as 40 lowercase hexadecimal digits.
    public var hex: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        return withUnsafeBytes { raw in
            String(unsafeUninitializedCapacity: 40) { buffer in
                for (index, byte) in raw.prefix(20).enumerated() {
                    buffer[2 * index] = digits[Int(byte >> 4)]
                    buffer[2 * index + 1] = digits[Int(byte & 15)]
                }
                return 40
            }
        }
    }

    /// The first seven hexadecimal digits, as git abbreviates.
    public var short: String { String(hex.prefix(7)) }

    public var description: String { hex }

    /// The libgit2 value, for calls that take a `git_oid *`.
    var raw: git_oid { oid }

    public static func == (lhs: ObjectID, rhs: ObjectID) -> Bool {
        var left = lhs.oid
        var right = rhs.oid
        return git_oid_equal(&left, &right) != 0
    }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        var left = lhs.oid
        var right = rhs.oid
        return git_oid_cmp(&left, &right) < 0
    }

    public func hash(into hasher: inout Hasher) {
        withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
            UInt8(ascii: "A")...UInt8(ascii: "F"):
            true
        default: false
        }
    }
}

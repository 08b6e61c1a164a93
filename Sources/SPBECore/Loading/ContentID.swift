/// Identifies a file's content by a 20-byte hash: a git blob id, or the first 20 bytes of the SHA-256 of a file
/// held in memory. Equal ids mean equal bytes, so everything derived from a file is cached by its id.
///
/// The bytes are held inline as three words: copying, hashing and comparing one touches no heap.
public struct ContentID: Hashable, Sendable {
    private let first: UInt64
    private let second: UInt64
    private let third: UInt32

    /// Takes the first 20 bytes of `bytes` (at least 20).
    public init(bytes: some Collection<UInt8>) {
        precondition(bytes.count >= 20, "a content id has 20 bytes")
        var words: (UInt64, UInt64, UInt32) = (0, 0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: bytes.prefix(20)) }
        (first, second, third) = words
    }

    /// Lends the 20 bytes, in the order they were given.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        let words = (first, second, third)
        return try Swift.withUnsafeBytes(of: words) { try body(UnsafeRawBufferPointer(rebasing: $0.prefix(20))) }
    }
}

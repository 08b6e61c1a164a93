/// A parsed file: its bytes, its value tree, and the duplicate keys found in it.
public struct JSONDocument: Sendable {
    public let bytes: [UInt8]
    public let root: JSONNode
    /// Every key that appeared twice in one object (both members are kept in `root`).
    public let duplicateKeys: [DuplicateKey]

    /// The line and column of a byte offset (1-based; the column counts UTF-8 bytes).
    public func location(of offset: Int) -> SourceLocation { SourceLocation(offset: offset, in: bytes) }

    /// Where the value at `pointer` starts; for a missing member, where its nearest existing parent starts.
    public func offset(of pointer: JSONPointer) -> Int {
        var tokens = pointer.tokens
        while true {
            if let node = root.resolve(JSONPointer(tokens)) { return node.start }
            guard !tokens.isEmpty else { return 0 }
            tokens.removeLast()
        }
    }

    /// Where the key of the member at `pointer` starts, or nil when the pointer does not name an object member.
    public func keyOffset(of pointer: JSONPointer) -> Int? {
        guard let last = pointer.tokens.last, let parent = root.resolve(JSONPointer(pointer.tokens.dropLast())) else {
            return nil
        }
        return parent.members?.first { $0.key == last }?.keyStart
    }
}

/// A strict RFC 8259 parser from UTF-8 bytes to a `JSONDocument` that remembers every value's position.
///
/// Decided behaviours: a byte-order mark is rejected (agency files must be plain UTF-8); a lone
/// surrogate in a `\u` escape is rejected (it is not a character); a raw NUL or other control
/// byte in a string is rejected, while `\u0000` is accepted; invalid UTF-8 is rejected.
/// Duplicate keys are kept and reported in `JSONDocument.duplicateKeys`.
public struct JSONParser: Sendable {
    /// The deepest nesting of arrays and objects accepted.
    public var maxDepth: Int
    /// The largest document accepted, in bytes.
    public var maxSize: Int

    public init(maxDepth: Int = 512, maxSize: Int = 16 << 20) {
        self.maxDepth = maxDepth
        self.maxSize = maxSize
    }

    /// Parses a whole document.
    public func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONDocument {
        if bytes.count > maxSize {
            throw JSONSyntaxError(
                kind: .tooLarge(limit: maxSize), offset: 0, location: SourceLocation(line: 1, column: 1))
        }
        let result: Result<(JSONNode, [(Int, Int, Int)]), JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(bytes: buffer, maxDepth: maxDepth)
            do throws(ScanError) {
                let root = try scanner.parseDocument()
                return .success((root, scanner.duplicates))
            } catch {
                return .failure(
                    JSONSyntaxError(
                        kind: error.kind, offset: error.offset,
                        location: SourceLocation(offset: error.offset, in: bytes)))
            }
        }
        let (root, rawDuplicates) = try result.get()
        let duplicates = rawDuplicates.map { objectStart, first, second in
            DuplicateKey(
                pointer: root.pointer(toMemberKeyAt: second, inObjectAt: objectStart) ?? JSONPointer(),
                firstOffset: first, secondOffset: second)
        }
        return JSONDocument(bytes: bytes, root: root, duplicateKeys: duplicates)
    }
}

/// The failure inside the scanner, before the location is computed.
struct ScanError: Error {
    let kind: JSONSyntaxError.Kind
    let offset: Int
}

extension JSONNode {
    /// The pointer of the member whose key starts at `keyOffset` in the object starting at `objectStart`.
    func pointer(toMemberKeyAt keyOffset: Int, inObjectAt objectStart: Int) -> JSONPointer? {
        var path: [String] = []
        var node = self
        while true {
            if node.start == objectStart, let members = node.members,
                let member = members.first(where: { $0.keyStart == keyOffset })
            {
                return JSONPointer(path + [member.key])
            }
            switch node.value {
            case .object(let members):
                guard let next = members.last(where: { $0.node.start <= objectStart && objectStart < $0.node.end })
                else { return nil }
                path.append(next.key)
                node = next.node
            case .array(let elements):
                guard let index = elements.firstIndex(where: { $0.start <= objectStart && objectStart < $0.end }) else {
                    return nil
                }
                path.append(String(index))
                node = elements[index]
            default:
                return nil
            }
        }
    }
}

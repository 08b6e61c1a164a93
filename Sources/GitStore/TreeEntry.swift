/// One file-like entry of a tree (or of the working tree): a blob, symlink or submodule, never a folder.
public struct TreeEntry: Hashable, Sendable {
    /// What the entry is.
    public enum Kind: String, Sendable {
        case blob, executable, symlink, submodule
    }

    /// The path from the repository's root, `/`-separated. Bytes that are not UTF-8 show as U+FFFD.
    public let path: String
    /// False when the path's bytes were not valid UTF-8 (and `path` shows replacement characters).
    public let pathIsValidUTF8: Bool
    /// The git file mode, e.g. `0o100644`.
    public let mode: UInt32
    /// The blob (or, for a submodule, commit) id.
    public let id: ObjectID
    public let kind: Kind

    init(pathBytes: [UInt8], mode: UInt32, id: ObjectID) {
        let valid = String(validating: pathBytes, as: UTF8.self)
        path = valid ?? String(decoding: pathBytes, as: UTF8.self)
        pathIsValidUTF8 = valid != nil
        self.mode = mode
        self.id = id
        kind = Self.kind(of: mode)
    }

    static func kind(of mode: UInt32) -> Kind {
        switch mode {
        case 0o120000: .symlink
        case 0o160000: .submodule
        case 0o100755: .executable
        default: .blob
        }
    }

    /// True for a regular file (executable or not), whose bytes are its content.
    public var isFile: Bool { kind == .blob || kind == .executable }
}

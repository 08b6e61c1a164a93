/// Who made a commit and when.
public struct Signature: Hashable, Sendable {
    public let name: String
    public let email: String
    /// Seconds since 1970, UTC.
    public let time: Int64
    /// The signer's offset from UTC in minutes.
    public let offsetMinutes: Int32

    public init(name: String, email: String, time: Int64, offsetMinutes: Int32) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }
}

/// A commit's metadata, copied out of libgit2.
public struct Commit: Hashable, Sendable {
    public let id: ObjectID
    public let parents: [ObjectID]
    public let author: Signature
    public let committer: Signature
    /// The whole message, as written.
    public let message: String

    /// The first line of the message.
    public var summary: String { String(message.prefix { $0 != "\n" }) }
    /// True when the commit has more than one parent.
    public var isMerge: Bool { parents.count > 1 }
}

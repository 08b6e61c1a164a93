/// One changed path between two trees.
public struct TreeChange: Hashable, Sendable {
    public enum Status: String, Sendable {
        case added, deleted, modified, renamed, typeChanged = "type-changed"
    }

    public let status: Status
    /// The path before the change; nil when added.
    public let oldPath: String?
    /// The path after the change; nil when deleted.
    public let newPath: String?
    /// The blob id before; nil when added.
    public let oldID: ObjectID?
    /// The blob id after; nil when deleted.
    public let newID: ObjectID?

    /// The path after the change, or before it for a deletion.
    public var path: String { newPath ?? oldPath ?? "" }
}

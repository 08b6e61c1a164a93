/// A tag with the commit it points at (annotated tags peeled).
public struct Tag: Hashable, Sendable {
    /// The name below `refs/tags/`, e.g. `cycle/2024`.
    public let name: String
    /// The commit the tag points at.
    public let commit: ObjectID
    /// The commit's committer time, seconds since 1970.
    public let date: Int64
}

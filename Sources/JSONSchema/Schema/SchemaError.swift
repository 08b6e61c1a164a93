import Localization

/// One way an instance fails its schema.
public struct SchemaError: Sendable, Equatable {
    /// Where in the instance: `/indicators/I12/level`.
    public let instancePointer: JSONPointer
    /// The failing keyword, e.g. `maximum`.
    public let keyword: String
    /// The keyword's absolute location: the schema resource's URI and the pointer inside it.
    public let keywordLocation: String
    public let message: Localized
}

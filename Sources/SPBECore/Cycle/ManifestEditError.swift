/// Why the manifest cannot be edited as asked.
public enum ManifestEditError: Error, Equatable, Sendable {
    case invalidFile(String)
    case invalidID(String)
    case agencyExists(String, String)
    case noSuchAgency(String, String)
    case fileExists(String)
    /// An indicator id, the scope, and the framework's ids (for a suggestion).
    case unknownIndicator(String, scope: String, known: [String])
    case assessedTwice(String, String)
}

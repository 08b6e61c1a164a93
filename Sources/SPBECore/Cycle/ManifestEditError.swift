/// Why the manifest cannot be edited as asked.
public enum ManifestEditError: Error, Equatable, Sendable {
    case invalidFile(String)
    case invalidID(String)
    case agencyExists(String, String)
    case noSuchAgency(String, String)
    case fileExists(String)
    case unknownIndicator(String, String)
    case assessedTwice(String, String)
}

import Foundation

/// Folders the tests read from, found from this file's location (the project root is two levels up).
public enum Paths {
    public static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let shared = projectRoot.deletingLastPathComponent().appendingPathComponent("shared")
    public static let conformance = shared.appendingPathComponent("conformance")
    public static let fixtures = projectRoot.appendingPathComponent("Tests/Fixtures")

    public static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }
}

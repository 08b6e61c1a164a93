import Foundation

/// Folders the tests read from, found from this file's location (the project root is two levels up).
enum Paths {
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = projectRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let conformance = shared.appendingPathComponent("conformance")
    static let fixtures = projectRoot.appendingPathComponent("Tests/Fixtures")

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }
}

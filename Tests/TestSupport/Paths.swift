import Foundation

/// Folders the tests read from, found from this file's location (the project root is two levels up).
public enum Paths {
    public static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let fixtures = projectRoot.appendingPathComponent("Tests/Fixtures")

    public static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }
}

/// The third-party conformance suites (JSONTestSuite, the JSON Schema test suite): data the project never
/// commits. Looked for in `SPBE_CONFORMANCE_DIR`, then `../shared/conformance`, then the git-ignored
/// `Tests/Conformance/` that `scripts/fetch-conformance.sh` fills.
public enum Conformance {
    /// The folder holding `json-parsing/` and `json-schema/`, or nil when no candidate has both.
    public static let folder: URL? = candidates.first { url in
        ["json-parsing/test_parsing", "json-schema/tests"].allSatisfy {
            FileManager.default.fileExists(atPath: url.appendingPathComponent($0).path)
        }
    }

    static var candidates: [URL] {
        var urls: [URL] = []
        if let dir = ProcessInfo.processInfo.environment["SPBE_CONFORMANCE_DIR"], !dir.isEmpty {
            urls.append(URL(fileURLWithPath: dir))
        }
        urls.append(Paths.projectRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance"))
        urls.append(Paths.projectRoot.appendingPathComponent("Tests/Conformance"))
        return urls
    }

    /// Whether the suites must be present (`SPBE_REQUIRE_CONFORMANCE=1`, set by CI): then absence fails.
    public static let required = ProcessInfo.processInfo.environment["SPBE_REQUIRE_CONFORMANCE"] == "1"

    /// True when the suites' tests should run: found, or required (so that their absence fails).
    public static var runs: Bool {
        if folder == nil && !required { print(notice) }
        return folder != nil || required
    }

    public static let notice = """
        ◇ conformance suites not found (SPBE_CONFORMANCE_DIR, ../shared/conformance, Tests/Conformance): \
        their tests are skipped; run scripts/fetch-conformance.sh to fetch them
        """

    /// A file or folder of the suites; under a folder that does not exist when they are absent.
    public static func url(_ relative: String) -> URL {
        (folder ?? Paths.projectRoot.appendingPathComponent("Tests/Conformance")).appendingPathComponent(relative)
    }
}

import Foundation

/// Golden files: expected command output kept as plain files beside the tests.
///
/// Set `SPBE_RECORD_GOLDEN=1` to write the current output instead of comparing (never done silently:
/// the test fails while recording, so a recorded run is never mistaken for a passing one).
public enum Golden {
    public static let folder = Paths.projectRoot.appendingPathComponent("Tests/SPBECLITests/Golden")

    /// nil when `actual` matches the golden file `name`; otherwise a description of the difference.
    public static func mismatch(_ actual: String, _ name: String) -> String? {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SPBE_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return "recorded \(name); run again without SPBE_RECORD_GOLDEN"
        }
        guard let data = try? Data(contentsOf: url) else {
            return "no golden file \(name); record it with SPBE_RECORD_GOLDEN=1"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let right = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if left != right {
                return "\(name) differs at line \(index + 1):\n  expected: \(left)\n  actual:   \(right)"
            }
        }
        return "\(name) differs"
    }
}

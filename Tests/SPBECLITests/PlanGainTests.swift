import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// `plan`'s gain per agency is what its steps add to the exact index: a last step to the top that is less than a
/// whole level (P20 4.2 → 5) adds less, and the agencies' gains add up to the plan's whole rise.
struct PlanGainTests {
    @Test func agencyGainsAddUpToTheIndexRise() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let json = try JSONParser().parse(Array(CLI.run(["plan", "--format", "json"], in: folder).stdout.utf8)).root
        let scope = try #require(json["scopes"]?.elements?.first)
        let start = try #require(scope["index"]?["exact"]?.string.flatMap(Self.rational))
        let end = try #require(scope["steps"]?.elements?.last?["indexAfter"]?["exact"]?.string.flatMap(Self.rational))
        let gains = (scope["agencies"]?.elements ?? []).compactMap {
            $0["gain"]?["exact"]?.string.flatMap(Self.rational)
        }
        #expect(gains.reduce(Rational.zero, +) == end - start)
        let text = CLI.run(["plan"], in: folder).stdout
        // bagian-organisasi: P20 3.2 → 4.2 (+0.15) and 4.2 → 5 (+0.12), weight 15 of 100.
        #expect(text.contains("bagian-organisasi      2  +0.27"), "\(text)")
    }

    static func rational(_ text: String) -> Rational? {
        let parts = text.split(separator: "/").compactMap { Int($0) }
        return parts.count == 2 ? Rational(parts[0], parts[1]) : parts.count == 1 ? Rational(parts[0]) : nil
    }
}

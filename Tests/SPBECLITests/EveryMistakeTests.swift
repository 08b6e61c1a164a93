import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// Every mistake in one run: a file with a duplicate key is not scored, but lint still reads it (each key's last
/// value) and reports everything else wrong in it.
struct EveryMistakeTests {
    @Test func aDuplicateKeyDoesNotHideTheOtherFindings() throws {
        let (folder, fixture) = try OwnershipCommandTests.example()
        let path = "assessments/kota-contoh/bappeda.json"
        var text = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\"agency\": \"bappeda\",", with: "\"agency\": \"x\", \"agency\": \"bappeda\",")
        text = text.replacingOccurrences(of: "\"level\": 2.26", with: "\"level\": 7")
        let evidence = try #require(text.range(of: "\"evidence\": ["))
        text.replaceSubrange(
            evidence,
            with:
                "\"evidence\": [{\"title\": \"Hilang\", \"kind\": \"other\", \"path\": \"evidence/bappeda/hilang.pdf\"},"
        )
        try fixture.commit("Salah", author: MergeRequestTests.admin, files: [path: text])
        let lint = CLI.run(["lint", path], in: folder)
        let rules = Set(lint.stdout.split(separator: "\n").compactMap { $0.split(separator: "[").last?.dropLast() })
        #expect(rules.isSuperset(of: ["duplicate-key", "level-out-of-range", "evidence-path"]), "\(lint.stdout)")
        #expect(lint.stdout.contains("lint reads the last one"))
        let score = CLI.run(["score", "--format", "json"], in: folder)
        #expect(score.status == .findings && score.stdout.contains("\"leftOut\": [\n        \"\(path)\""), "not scored")
    }
}

import Foundation
import TestSupport
import Testing

@testable import JSONSchema

/// nst/JSONTestSuite: `y_` accepted, `n_` rejected, `i_` answered as pinned below, none crashing.
@Suite(.enabled(if: Conformance.runs, Comment(rawValue: Conformance.notice)))
struct JSONParsingConformanceTests {
    static let folder = Conformance.url("json-parsing/test_parsing")

    /// The implementation-defined files this parser accepts; every other `i_` file is rejected.
    static let acceptedImplementationDefined: Set<String> = [
        "i_number_double_huge_neg_exp.json", "i_number_huge_exp.json", "i_number_neg_int_huge_exp.json",
        "i_number_pos_double_huge_exp.json", "i_number_real_neg_overflow.json", "i_number_real_pos_overflow.json",
        "i_number_real_underflow.json", "i_number_too_big_neg_int.json", "i_number_too_big_pos_int.json",
        "i_number_very_big_negative_int.json", "i_structure_500_nested_arrays.json",
    ]

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }
            .sorted()
    }

    @Test func suiteIsPresent() {
        #expect(Self.files.count == 318)
    }

    @Test(arguments: files)
    func file(_ name: String) throws {
        let bytes = try Paths.bytes(Self.folder.appendingPathComponent(name))
        let accepted = (try? JSONParser().parse(bytes)) != nil
        switch name.first {
        case "y": #expect(accepted, "must accept \(name)")
        case "n": #expect(!accepted, "must reject \(name)")
        default:
            #expect(accepted == Self.acceptedImplementationDefined.contains(name), "pinned answer changed for \(name)")
        }
    }
}

import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// `spbe fmt`: canonical layout, lossless, atomic, and `--check` for CI.
struct FmtCommandTests {
    static let messy = """
        {"indicators":{"Q3":{"explanation":"Fakta: \\u00e9 \\"kutip\\".","level":2,"followUp":[],"evidence":[{"url":"https://desa.go.id","kind":"url","title":"Portal"}]}},"cycle":"2026","agency":"pelayanan","x-note":3.50}
        """
    static let canonical = """
        {
          "agency": "pelayanan",
          "cycle": "2026",
          "indicators": {
            "Q3": {
              "level": 2,
              "explanation": "Fakta: \\u00e9 \\"kutip\\".",
              "evidence": [
                {
                  "title": "Portal",
                  "kind": "url",
                  "url": "https://desa.go.id"
                }
              ],
              "followUp": []
            }
          },
          "x-note": 3.50
        }

        """

    @Test func checkListsAndWriteRewritesLosslessly() throws {
        let fixture = try CLI.miniRepository()
        let path = "assessments/desa-uji/pelayanan.json"
        try fixture.write([path: Self.messy])
        let check = CLI.run(["fmt", "--check"], in: fixture.path)
        #expect(check.status == .findings)
        #expect(check.stdout.contains(path))
        #expect(check.stderr.contains("'spbe fmt --write' rewrites them"), "says how to write")
        let write = CLI.run(["fmt", "--write", path], in: fixture.path)
        #expect(write.status == .success, "\(write.stderr)")
        let written = try String(contentsOfFile: fixture.path + "/" + path, encoding: .utf8)
        #expect(written == Self.canonical)
        #expect(CLI.run(["fmt", path], in: fixture.path).status == .success, "formatting is idempotent")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.path + "/assessments/desa-uji")
            .filter { $0.contains(".spbe-") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesBrokenFiles() throws {
        let fixture = try CLI.miniRepository()
        try fixture.write([
            "assessments/desa-uji/pelayanan.json": "{\"a\": 1, \"a\": 2}",
            "assessments/desa-uji/sekretariat.json": "{\"a\": ",
        ])
        let run = CLI.run(["fmt", "--write"], in: fixture.path)
        #expect(run.status == .findings)
        #expect(run.stderr.contains("duplicate keys"))
        #expect(run.stderr.contains("sekretariat.json:1:7"))
        #expect(
            try String(contentsOfFile: fixture.path + "/assessments/desa-uji/pelayanan.json", encoding: .utf8)
                == "{\"a\": 1, \"a\": 2}")
        #expect(CLI.run(["fmt", "--check", "--write"], in: fixture.path).status == .usage)
        #expect(CLI.run(["fmt", "nope.json"], in: fixture.path).status == .failure)
    }
}

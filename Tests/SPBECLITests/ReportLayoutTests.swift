import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// The report looks finished (checked by rendering in Chromium: `scripts/render-report.sh`); these pin the
/// layout decisions that made it so, in the page's own markup.
struct ReportLayoutTests {
    /// A single-cycle trend: the lone point in the middle, clear of the band names in the left gutter, no line.
    @Test func aSingleCycleTrendLeavesTheBandNamesClear() throws {
        let folder = try GitFixture.temporaryFolder() + "/kota-baru"
        #expect(CLI.run(["init", folder, "--coordinator-email", "tim@kota-baru.go.id"]).status == .success)
        let html = CLI.run(["report", "--out", "-"], in: folder).stdout
        let trend = try #require(
            html.range(of: "<h3>Indeks dari siklus ke siklus</h3>").map { String(html[$0.upperBound...]) })
        let svg = trend.components(separatedBy: "</svg>")[0]
        #expect(!svg.contains("<polyline"), "one point draws no line")
        let circle = try #require(svg.range(of: #"<circle cx="[0-9.]+""#, options: .regularExpression))
        let x = Double(svg[circle].dropFirst(12).dropLast()) ?? 0
        #expect(x > 200 && x < 320, "the lone point is centred: \(x)")
        #expect(
            svg.contains(
                "<text x=\"38\" y=\"157\" font-size=\"10\" fill=\"#52606d\" text-anchor=\"start\">Kurang</text>"))
        #expect(svg.contains("2026 (HEAD)"), "an untagged HEAD is named by its cycle")
    }

    /// Long group names wrap onto a second line; nothing is cut with an ellipsis.
    @Test func longGroupNamesWrap() {
        #expect(
            Charts.wrap("A7 Layanan Administrasi Pemerintahan Berbasis Elektronik", width: 48) == [
                "A7 Layanan Administrasi Pemerintahan Berbasis", "Elektronik",
            ])
        #expect(Charts.wrap("PA3 Data", width: 44) == ["PA3 Data"])
    }

    /// Every heat-map column one width, wide enough for two decimals when the framework's values have them.
    @Test func heatMapColumnsShareOneWidth() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        for (revision, width, count) in [("HEAD", 34, 20), ("2024", 18, 47)] {
            let html = CLI.run(["report", "--out", "-", "--rev", revision], in: folder).stdout
            let columns = html.components(separatedBy: "<col style=\"width:").dropFirst().map {
                $0.prefix { $0 != "p" }
            }
            #expect(columns.first == "130" && Set(columns.dropFirst()) == [Substring(String(width))], "\(revision)")
            #expect(columns.count == count + 1, "\(revision): one column per indicator")
            let labels = html.components(separatedBy: "<tspan").dropFirst().map { $0.prefix { $0 != "<" } }
            #expect(!labels.isEmpty && !labels.contains { $0.contains("…") }, "no name is cut")
        }
    }
}

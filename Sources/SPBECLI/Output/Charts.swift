import SPBECore

/// Inline SVG charts for the report.
enum Charts {
    /// The index on a scale of the framework's bands (with each band's maturity label inside it where the
    /// framework gives one), with a marker at the exact index.
    static func bandScale(_ score: ScopeScore) -> String {
        let framework = score.framework
        let low = Double(max(framework.values.min.wholePart - 1, 0))
        let high = Double(framework.values.max.wholePart)
        let width = 560.0
        let left = 10.0
        func x(_ value: Double) -> Double { left + (min(max(value, low), high) - low) / (high - low) * width }
        var svg =
            "<svg width=\"\(Int(width + 2 * left))\" height=\"78\" viewBox=\"0 0 \(Int(width + 2 * left)) 78\" role=\"img\">"
        let ascending = Array(framework.bands.reversed())
        for (position, band) in ascending.enumerated() {
            let start = x(max(band.minimum.doubleValue, low))
            let end = position + 1 < ascending.count ? x(ascending[position + 1].minimum.doubleValue) : x(high)
            svg +=
                "<rect x=\"\(f(start))\" y=\"30\" width=\"\(f(max(end - start, 0)))\" height=\"18\" fill=\"\(HTML.bandColor(band, in: framework))\"/>"
            svg +=
                "<text x=\"\(f((start + end) / 2))\" y=\"64\" font-size=\"11\" text-anchor=\"middle\">\(HTML.escape(band.name))</text>"
            if let label = band.label {
                svg +=
                    "<text x=\"\(f((start + end) / 2))\" y=\"43\" font-size=\"9\" fill=\"\(HTML.bandTextColor(band, in: framework))\" text-anchor=\"middle\">\(HTML.escape(label))</text>"
            }
        }
        for tick in Int(low)...Int(high) {
            svg +=
                "<text x=\"\(f(x(Double(tick))))\" y=\"76\" font-size=\"9\" fill=\"#52606d\" text-anchor=\"middle\">\(tick)</text>"
        }
        let marker = x(score.index.doubleValue)
        // Above and below the bar, not across it, so the maturity label inside stays readable.
        for (top, bottom) in [(22, 30), (48, 54)] {
            svg +=
                "<line x1=\"\(f(marker))\" y1=\"\(top)\" x2=\"\(f(marker))\" y2=\"\(bottom)\" stroke=\"#1f2933\" stroke-width=\"3\"/>"
        }
        svg += "<polygon points=\"\(f(marker - 7)),10 \(f(marker + 7)),10 \(f(marker)),22\" fill=\"#1f2933\"/>"
        svg +=
            "<text x=\"\(f(min(max(marker, left + 14), width + left - 14)))\" y=\"8\" font-size=\"11\" text-anchor=\"middle\" font-weight=\"bold\">\(score.display)</text>"
        return svg + "</svg>"
    }

    /// Horizontal bars for each group of the framework's tree, the top level in bold and deeper ones indented; a
    /// long name wraps onto further lines beside its bar.
    static func bars(_ score: ScopeScore) -> String {
        let maximum = Double(score.framework.values.max.wholePart)
        let rows = score.groups.map { group in
            (lines: wrap("\(group.id) \(group.name)", width: group.depth == 0 ? 44 : 48), group.index, group.depth == 0)
        }
        let height = rows.reduce(0) { $0 + 8 + 14 * $1.lines.count } + 8
        var svg =
            "<svg width=\"100%\" height=\"\(height)\" viewBox=\"0 0 520 \(height)\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\">"
        var y = 4
        for (lines, value, isDomain) in rows {
            let length = value.doubleValue / maximum * 170
            let x = isDomain ? 0 : 12
            svg +=
                "<text x=\"\(x)\" y=\"\(y + 14)\" font-size=\"\(isDomain ? 11 : 10)\"\(isDomain ? " font-weight=\"bold\"" : "")>"
            for (number, line) in lines.enumerated() {
                svg += "<tspan x=\"\(x)\" dy=\"\(number == 0 ? 0 : 14)\">\(HTML.escape(line))</tspan>"
            }
            svg += "</text>"
            svg += "<rect x=\"305\" y=\"\(y + 3)\" width=\"170\" height=\"14\" fill=\"#eef2f5\"/>"
            svg +=
                "<rect x=\"305\" y=\"\(y + 3)\" width=\"\(f(length))\" height=\"14\" fill=\"\(isDomain ? "#1565c0" : "#64b5f6")\"/>"
            svg += "<text x=\"481\" y=\"\(y + 14)\" font-size=\"11\">\(value.rounded(score.framework.decimals))</text>"
            y += 8 + 14 * lines.count
        }
        return svg + "</svg>"
    }

    /// `text` in lines of at most `width` characters, broken between words (a longer word stands alone).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + (line.isEmpty ? [] : [line])
    }

    /// The index per cycle as a line, with each point labelled. Where the framework changes the line breaks:
    /// each side is drawn with its own framework's bands and named, as the two indices are on different scales.
    static func trend(_ trend: ScopeTrend) -> String {
        let points = trend.points.map { ($0.name, $0.score) }
        guard !points.isEmpty else { return "" }
        let maximum = Double(points.map { $0.1.framework.values.max.wholePart }.max() ?? 5)
        let width = 500.0
        let height = 200.0
        let left = 34.0
        let top = 26.0
        let plotHeight = height - top - 40
        func y(_ value: Double) -> Double { top + (1 - value / maximum) * plotHeight }
        let runs = trend.frameworkRuns
        // Band names sit in gutters beside the points, never under them: the first framework's on the left, the
        // last one's on the right after a switch.
        let gutter = 70.0
        let first = left + gutter
        let last = width - (runs.count > 1 ? gutter : 24)
        let step = points.count > 1 ? (last - first) / Double(points.count - 1) : 0
        func x(_ index: Int) -> Double { points.count > 1 ? first + Double(index) * step : (first + last) / 2 }
        var svg =
            "<svg width=\"100%\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\">"
        for tick in 0...Int(maximum) {
            svg +=
                "<text x=\"\(f(left - 6))\" y=\"\(f(y(Double(tick)) + 3))\" font-size=\"10\" fill=\"#52606d\" text-anchor=\"end\">\(tick)</text>"
        }
        for run in runs {
            let framework = points[run.lowerBound].1.framework
            let start = run.lowerBound == 0 ? left : x(run.lowerBound) - step / 2
            let end = run.upperBound == points.count ? width : x(run.upperBound - 1) + step / 2
            if run.lowerBound > 0 {
                svg +=
                    "<line x1=\"\(f(start))\" y1=\"\(f(top - 16))\" x2=\"\(f(start))\" y2=\"\(f(height - 28))\" stroke=\"#7b8794\" stroke-dasharray=\"2 3\"/>"
            }
            // The last side of a switch names its bands and its framework at the right edge, in its gutter.
            let isLast = run.upperBound == points.count && run.lowerBound > 0
            for band in framework.bands {
                let level = y(band.minimum.doubleValue)
                svg +=
                    "<line x1=\"\(f(start))\" y1=\"\(f(level))\" x2=\"\(f(end))\" y2=\"\(f(level))\" stroke=\"#d9e2ec\" stroke-dasharray=\"4 3\"/>"
                svg +=
                    "<text x=\"\(f(isLast ? end - 4 : start + 4))\" y=\"\(f(level - 3))\" font-size=\"10\" fill=\"#52606d\" text-anchor=\"\(isLast ? "end" : "start")\">\(HTML.escape(band.name))</text>"
            }
            if runs.count > 1 {
                svg +=
                    "<text x=\"\(f(isLast ? end - 4 : start + 4))\" y=\"\(f(top - 14))\" font-size=\"10\" font-weight=\"bold\" fill=\"#52606d\" text-anchor=\"\(isLast ? "end" : "start")\">\(HTML.escape(framework.indexName)) (\(HTML.escape(framework.id)))</text>"
            }
            if run.count > 1 {
                let path = run.map { "\(f(x($0))),\(f(y(points[$0].1.index.doubleValue)))" }.joined(separator: " ")
                svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2.5\"/>"
            }
        }
        for (number, (name, score)) in points.enumerated() {
            svg += "<circle cx=\"\(f(x(number)))\" cy=\"\(f(y(score.index.doubleValue)))\" r=\"4.5\" fill=\"#1565c0\"/>"
            svg +=
                "<text x=\"\(f(x(number)))\" y=\"\(f(y(score.index.doubleValue) - 9))\" font-size=\"11\" text-anchor=\"middle\" font-weight=\"bold\">\(score.display)</text>"
            // An untagged HEAD is the cycle in progress: named by its cycle.
            let label =
                name.hasPrefix("cycle/")
                ? String(name.dropFirst(6)) : name == "HEAD" ? "\(score.manifest.cycle.id) (HEAD)" : name
            svg +=
                "<text x=\"\(f(x(number)))\" y=\"\(f(height - 14))\" font-size=\"11\" text-anchor=\"middle\">\(HTML.escape(label))</text>"
        }
        return svg + "</svg>"
    }

    /// One decimal is plenty for SVG coordinates.
    private static func f(_ value: Double) -> String {
        let scaled = (value * 10).rounded() / 10
        return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
    }
}

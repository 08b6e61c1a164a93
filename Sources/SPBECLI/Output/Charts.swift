import SPBECore

/// Inline SVG charts for the report.
enum Charts {
    /// The index on a scale of the framework's bands, with a marker at the exact index.
    static func bandScale(_ score: ScopeScore) -> String {
        let framework = score.framework
        let low = Double(framework.levels.lowerBound - 1 < 0 ? 0 : framework.levels.lowerBound - 1)
        let high = Double(framework.levels.upperBound)
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
        }
        for tick in Int(low)...Int(high) {
            svg +=
                "<text x=\"\(f(x(Double(tick))))\" y=\"76\" font-size=\"9\" fill=\"#52606d\" text-anchor=\"middle\">\(tick)</text>"
        }
        let marker = x(score.index.doubleValue)
        svg +=
            "<line x1=\"\(f(marker))\" y1=\"22\" x2=\"\(f(marker))\" y2=\"52\" stroke=\"#1f2933\" stroke-width=\"3\"/>"
        svg += "<polygon points=\"\(f(marker - 7)),10 \(f(marker + 7)),10 \(f(marker)),22\" fill=\"#1f2933\"/>"
        svg +=
            "<text x=\"\(f(marker))\" y=\"8\" font-size=\"11\" text-anchor=\"middle\" font-weight=\"bold\">\(score.display)</text>"
        return svg + "</svg>"
    }

    /// Horizontal bars for each domain and, indented, its aspects.
    static func bars(_ score: ScopeScore) -> String {
        let maximum = Double(score.framework.levels.upperBound)
        var rows: [(String, Rational, Bool)] = []
        var aspects = score.aspects.makeIterator()
        for (domain, part) in zip(score.framework.domains, score.domains) {
            rows.append(("\(part.id) \(part.name)", part.index, true))
            for _ in domain.aspects {
                if let aspect = aspects.next() { rows.append(("\(aspect.id) \(aspect.name)", aspect.index, false)) }
            }
        }
        let height = rows.count * 22 + 8
        var svg =
            "<svg width=\"100%\" height=\"\(height)\" viewBox=\"0 0 520 \(height)\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\">"
        for (number, (label, value, isDomain)) in rows.enumerated() {
            let y = number * 22 + 4
            let length = value.doubleValue / maximum * 170
            let name = label.count > 52 ? String(label.prefix(51)) + "…" : label
            svg +=
                "<text x=\"\(isDomain ? 0 : 12)\" y=\"\(y + 14)\" font-size=\"\(isDomain ? 11 : 10)\"\(isDomain ? " font-weight=\"bold\"" : "")>\(HTML.escape(name))</text>"
            svg += "<rect x=\"305\" y=\"\(y + 3)\" width=\"170\" height=\"14\" fill=\"#eef2f5\"/>"
            svg +=
                "<rect x=\"305\" y=\"\(y + 3)\" width=\"\(f(length))\" height=\"14\" fill=\"\(isDomain ? "#1565c0" : "#64b5f6")\"/>"
            svg += "<text x=\"481\" y=\"\(y + 14)\" font-size=\"11\">\(value.rounded(score.framework.decimals))</text>"
        }
        return svg + "</svg>"
    }

    /// The index per cycle as a line, with each point labelled.
    static func trend(_ points: [(String, ScopeScore)]) -> String {
        guard let first = points.first?.1 else { return "" }
        let maximum = Double(first.framework.levels.upperBound)
        let width = 500.0
        let height = 200.0
        let left = 34.0
        let top = 16.0
        let plotHeight = height - top - 40
        func y(_ value: Double) -> Double { top + (1 - value / maximum) * plotHeight }
        let step = points.count > 1 ? (width - left - 30) / Double(points.count - 1) : 0
        func x(_ index: Int) -> Double { left + 15 + Double(index) * step }
        var svg =
            "<svg width=\"100%\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\">"
        for band in first.framework.bands {
            svg +=
                "<line x1=\"\(f(left))\" y1=\"\(f(y(band.minimum.doubleValue)))\" x2=\"\(f(width))\" y2=\"\(f(y(band.minimum.doubleValue)))\" stroke=\"#d9e2ec\" stroke-dasharray=\"4 3\"/>"
            svg +=
                "<text x=\"\(f(left + 4))\" y=\"\(f(y(band.minimum.doubleValue) - 3))\" font-size=\"9\" fill=\"#7b8794\">\(HTML.escape(band.name))</text>"
        }
        for tick in 0...Int(maximum) {
            svg +=
                "<text x=\"\(f(left - 6))\" y=\"\(f(y(Double(tick)) + 3))\" font-size=\"10\" fill=\"#52606d\" text-anchor=\"end\">\(tick)</text>"
        }
        let path = points.enumerated().map { "\(f(x($0.offset))),\(f(y($0.element.1.index.doubleValue)))" }.joined(
            separator: " ")
        svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2.5\"/>"
        for (number, (name, score)) in points.enumerated() {
            svg += "<circle cx=\"\(f(x(number)))\" cy=\"\(f(y(score.index.doubleValue)))\" r=\"4.5\" fill=\"#1565c0\"/>"
            svg +=
                "<text x=\"\(f(x(number)))\" y=\"\(f(y(score.index.doubleValue) - 9))\" font-size=\"11\" text-anchor=\"middle\" font-weight=\"bold\">\(score.display)</text>"
            let label = name.hasPrefix("cycle/") ? String(name.dropFirst(6)) : name
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

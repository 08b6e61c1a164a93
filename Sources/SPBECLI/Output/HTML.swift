import SPBECore

/// HTML escaping, colours and the report's style sheet.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text.visibleKeepingLines {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Lowest band red through highest band green.
    static let bandPalette = ["#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32", "#1b5e20"]

    static func bandColor(_ band: Framework.Band, in framework: Framework) -> String {
        let ascending = Array(framework.bands.reversed())
        let position = ascending.firstIndex { $0.name == band.name } ?? 0
        let slot = ascending.count <= 1 ? 0 : position * (bandPalette.count - 2) / (ascending.count - 1)
        return bandPalette[min(slot, bandPalette.count - 1)]
    }

    /// Text on a band's colour: dark on the light yellow and green, white on the rest.
    static func bandTextColor(_ band: Framework.Band, in framework: Framework) -> String {
        ["#f9a825", "#7cb342"].contains(bandColor(band, in: framework)) ? "#1f2933" : "#ffffff"
    }

    /// 0 (not assessed) grey, then red to green.
    static func levelColor(_ level: Level, max: Level) -> String {
        guard level > .zero else { return "#cfd8dc" }
        let colors = ["#ef9a9a", "#ffcc80", "#fff59d", "#c5e1a5", "#81c784", "#66bb6a"]
        let span = max.hundredths - Level.scale
        let slot = span <= 0 ? colors.count - 1 : (level.hundredths - Level.scale) * (colors.count - 1) / span
        return colors[Swift.min(slot, colors.count - 1)]
    }

    static let style = """
        body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;color:#1f2933;margin:24px auto;max-width:1080px;padding:0 16px;font-size:14px}
        header h1{font-size:22px;margin:0}.meta{color:#52606d;margin:4px 0 12px}
        section.scope{border-top:3px solid #1f2933;padding-top:12px;margin-top:18px}
        h2{font-size:20px;margin:4px 0}h3{font-size:15px;margin:0 0 8px}
        .headline{display:flex;align-items:center;gap:24px;flex-wrap:wrap;margin:8px 0}
        .index .value{font-size:48px;font-weight:bold;margin-right:12px}
        .predikat{padding:4px 10px;border-radius:4px;font-weight:bold;font-size:16px}
        .exact{display:block;color:#52606d;font-size:12px;margin-top:4px}
        .row{display:flex;gap:16px;flex-wrap:wrap}.panel{flex:1 1 460px;border:1px solid #d9e2ec;border-radius:6px;padding:12px;margin:8px 0;page-break-inside:avoid;break-inside:avoid}
        .panel.wide{flex-basis:100%}.panel{overflow-x:auto}
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e4e7eb;padding:4px 6px;text-align:left;vertical-align:top}
        td.num,th.num{text-align:right}.up{color:#2e7d32}.down{color:#c62828}tr.overdue td{color:#c62828}
        table.heat{font-size:11px;table-layout:fixed}table.heat td{text-align:center;vertical-align:middle;height:22px;border:1px solid #fff;padding:0;font-variant-numeric:tabular-nums;overflow:hidden}
        table.heat thead th{height:30px;padding:0;border:none;vertical-align:bottom}table.heat thead th span{display:inline-block;writing-mode:vertical-rl;transform:rotate(180deg);font-size:9px;font-weight:normal}
        .nowrap{white-space:nowrap}
        table.heat th.agency{white-space:nowrap;font-weight:normal;font-size:12px}
        .legend{color:#52606d;font-size:12px}.warning{color:#c62828;font-weight:bold}
        svg text{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif}
        @media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}body{margin:0;max-width:none;font-size:11px}.panel{border-color:#bbb}section.scope{page-break-before:always}section.scope:first-of-type{page-break-before:auto}@page{size:A4 landscape;margin:12mm}}
        """
}

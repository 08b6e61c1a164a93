extension String {
    /// The text with every control character (C0, DEL, C1; newlines and tabs included) written as `\u{1B}`, so
    /// that a path, message or name from a repository can neither drive the terminal (an ESC sequence), break a
    /// line-based format (`file:line:col`, GitHub's workflow commands) nor make XML invalid (JUnit).
    var visible: String { escapingControls(keeping: []) }

    /// As `visible`, but newlines and tabs stay: for formats that hold multi-line text (HTML, csv fields).
    var visibleKeepingLines: String { escapingControls(keeping: ["\n", "\t"]) }

    private func escapingControls(keeping: Set<Unicode.Scalar>) -> String {
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if scalar.properties.generalCategory == .control && !keeping.contains(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

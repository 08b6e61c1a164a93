import SPBECore

/// How figures and names are written in every report: weights, contributions, changes, shortened names.
enum Figures {
    /// Weight as written in the framework, e.g. `13`, `16.5`, `2.75`.
    static func weight(_ value: Rational) -> String { value.exactDecimal ?? value.rounded(4) }

    /// A contribution to the index, exact when it ends within six places.
    static func points(_ value: Rational) -> String {
        guard let exact = value.exactDecimal, exact.split(separator: ".").last.map({ $0.count <= 6 }) ?? true else {
            return value.rounded(6)
        }
        return exact
    }

    /// A signed exact change: `+0.435`, `-0.02`, `0`; rounded to six places (with `≈`) when it does not end.
    static func signed(_ value: Rational) -> String {
        let sign = value.numerator > 0 ? "+" : ""
        return (value.exactDecimal == nil ? "≈" : "") + sign + points(value)
    }

    /// The exact change, or `-` across a framework switch.
    static func signed(_ value: Rational?) -> String { value.map { signed($0) } ?? "-" }

    /// An indicator's name cut to fit a table column: `Tingkat Kematangan Penyelenggaraan Informasi Ge…`.
    static func shortName(_ name: String, width: Int = 40) -> String {
        name.count > width ? String(name.prefix(width - 1)) + "…" : name
    }

    /// The name of each level of the framework's group tree: `domain / aspect`.
    static func groupHeader(_ framework: Framework, _ language: Language) -> String {
        framework.groupLevels.map { (language == .en ? $0.nameEn : $0.name).lowercased() }.joined(separator: " / ")
    }
}

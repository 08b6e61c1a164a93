/// A set of Unicode scalars, as a pattern's class, escape or `\p{…}` names it.
struct ScalarClass {
    var ranges: [ClosedRange<Unicode.Scalar>] = []
    var categories: Set<Unicode.GeneralCategory> = []
    /// Classes inside this one (`[\d_]`).
    var members: [ScalarClass] = []
    var negated = false

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let inside =
            ranges.contains { $0.contains(scalar) }
            || (!categories.isEmpty && categories.contains(scalar.properties.generalCategory))
            || members.contains { $0.contains(scalar) }
        return inside != negated
    }

    var inverted: ScalarClass {
        var copy = self
        copy.negated.toggle()
        return copy
    }

    static let digit = ScalarClass(ranges: ["0"..."9"])
    static let word = ScalarClass(ranges: ["a"..."z", "A"..."Z", "0"..."9", "_"..."_"])
    /// ECMA-262's WhiteSpace and LineTerminator.
    static let space = ScalarClass(
        ranges: [
            "\t"..."\r", " "..." ", "\u{A0}"..."\u{A0}", "\u{1680}"..."\u{1680}", "\u{2000}"..."\u{200A}",
            "\u{2028}"..."\u{2029}", "\u{202F}"..."\u{202F}", "\u{205F}"..."\u{205F}", "\u{3000}"..."\u{3000}",
            "\u{FEFF}"..."\u{FEFF}",
        ])
    /// `.`: anything but a line terminator.
    static let dot = ScalarClass(ranges: ["\n"..."\n", "\r"..."\r", "\u{2028}"..."\u{2029}"], negated: true)

    static func isWord(_ scalar: Unicode.Scalar) -> Bool { word.contains(scalar) }

    /// `\p{name}` for a general category, by short or long name (`L`, `Letter`, `gc=Lu`).
    init?(property name: String) {
        var name = Substring(name)
        for prefix in ["General_Category=", "gc="] where name.hasPrefix(prefix) { name = name.dropFirst(prefix.count) }
        guard let categories = Self.categoryNames[String(name)] else { return nil }
        self.categories = categories
    }

    init(
        ranges: [ClosedRange<Unicode.Scalar>] = [], categories: Set<Unicode.GeneralCategory> = [],
        negated: Bool = false
    ) {
        self.ranges = ranges
        self.categories = categories
        self.negated = negated
    }

    private static let categoryNames: [String: Set<Unicode.GeneralCategory>] = {
        let groups: [([String], Set<Unicode.GeneralCategory>)] = [
            (
                ["L", "Letter"],
                [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter]
            ),
            (["Lu", "Uppercase_Letter"], [.uppercaseLetter]), (["Ll", "Lowercase_Letter"], [.lowercaseLetter]),
            (["Lt", "Titlecase_Letter"], [.titlecaseLetter]), (["Lm", "Modifier_Letter"], [.modifierLetter]),
            (["Lo", "Other_Letter"], [.otherLetter]),
            (["N", "Number"], [.decimalNumber, .letterNumber, .otherNumber]),
            (["Nd", "Decimal_Number", "digit"], [.decimalNumber]), (["Nl", "Letter_Number"], [.letterNumber]),
            (["No", "Other_Number"], [.otherNumber]),
            (
                ["P", "Punctuation", "punct"],
                [
                    .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                    .initialPunctuation, .finalPunctuation, .otherPunctuation,
                ]
            ),
            (["S", "Symbol"], [.mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol]),
            (["Z", "Separator"], [.spaceSeparator, .lineSeparator, .paragraphSeparator]),
            (["Zs", "Space_Separator"], [.spaceSeparator]),
            (["M", "Mark", "Combining_Mark"], [.nonspacingMark, .spacingMark, .enclosingMark]),
            (["C", "Other"], [.control, .format, .surrogate, .privateUse, .unassigned]),
            (["Cc", "Control", "cntrl"], [.control]),
        ]
        var names: [String: Set<Unicode.GeneralCategory>] = [:]
        for (keys, categories) in groups { for key in keys { names[key] = categories } }
        return names
    }()
}

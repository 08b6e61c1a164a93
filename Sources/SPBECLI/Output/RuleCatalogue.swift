import Foundation
import SPBECore

/// `spbe lint --list-rules`: every rule with its id, default severity and summary, as text or JSON.
enum RuleCatalogue {
    /// `spbe lint --list-rules --format json`: every rule with its default severity and summary, and the
    /// built-in frameworks where it has meaning.
    static func json(_ language: Language) -> OutputJSON {
        JSONEnvelope.object([
            (
                "rules",
                .array(
                    LintRules.all.map { rule in
                        .object([
                            ("id", .string(rule.id)), ("severity", .string(rule.defaultSeverity.rawValue)),
                            ("summary", .string(rule.summary.text(language))),
                            ("indicatorKind", .optional(rule.indicatorKind)),
                            ("frameworks", .array(rule.builtInFrameworks.map(OutputJSON.string))),
                        ])
                    })
            )
        ])
    }

    /// The table of `spbe lint --list-rules`.
    static func text(_ language: Language) -> String {
        var table = Table(
            [
                Messages.ruleHeader.text(language), Messages.severityHeader.text(language),
                Messages.checksHeader.text(language),
            ], rightAligned: [false, false, false])
        for rule in LintRules.all {
            var summary = rule.summary.text(language)
            if let kind = rule.indicatorKind {
                summary += " " + Messages.onlyKind(kind, rule.builtInFrameworks).text(language)
            }
            table.rows.append([rule.id, Messages.severityWord(rule.defaultSeverity).text(language), summary])
        }
        return table.text
    }
}

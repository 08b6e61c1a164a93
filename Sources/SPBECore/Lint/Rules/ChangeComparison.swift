/// Pairs each agency file of the revision with the same file at the base revision, for change-aware rules.
struct ChangeComparison {
    struct Pair {
        let head: LintContext.AgencyFile
        let base: AgencyAssessment
    }

    /// Files present and valid on both sides, by path.
    static func pairs(_ context: LintContext) -> [Pair] {
        guard let base = context.base else { return [] }
        var baseFiles: [String: AgencyAssessment] = [:]
        for scope in base.scopes {
            for file in scope.agencyFiles where file.isValid {
                if let assessment = file.assessment { baseFiles[file.path] = assessment }
            }
        }
        return context.agencyFiles.compactMap { head in baseFiles[head.file.path].map { Pair(head: head, base: $0) } }
    }

    /// True when the indicator has evidence items at head that were not there, identical, at base.
    static func evidenceChanged(_ head: IndicatorAssessment, _ base: IndicatorAssessment) -> Bool {
        head.evidence.contains { !base.evidence.contains($0) }
    }
}

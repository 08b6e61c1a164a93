/// The table of lint rules: a rule runs, is listed by `spbe lint --list-rules` and has its examples tested
/// once it is here.
public enum LintRules {
    public static var all: [any LintRule.Type] {
        [
            JSONSyntaxRule.self, DuplicateKeyRule.self, SchemaRule.self,
            FileOutsideScopeRule.self, UnexpectedEntryRule.self, AgencyFileNameRule.self,
            UnknownFrameworkRule.self, ChecklistInvalidRule.self, IndicatorOwnershipRule.self,
            UnknownIndicatorRule.self, MaintainerEmailRule.self, MaintainerPlaceholderRule.self,
            UnknownAgencyRule.self, IndicatorNotOwnedRule.self, StaleCycleRule.self, LevelOutOfRangeRule.self,
            EvidenceRequiredRule.self, EvidencePathRule.self, EvidenceUntrackedRule.self, EvidenceURLRule.self,
            EvidenceDateRule.self,
            ReviewReportRule.self, ServiceScreenshotRule.self, EvidenceRequirementRule.self,
            LevelAboveEvidenceRule.self, RequirementEvidenceAgeRule.self, EvidenceDuplicateRule.self,
            AssessorVerdictRule.self, ExplanationLengthRule.self,
            FollowUpOverdueRule.self, FollowUpTargetRule.self,
            ScopeIncompleteRule.self, LevelJumpRule.self, LevelRaisedWithoutEvidenceRule.self,
            AgencyFileDeletedRule.self,
            UnauthorizedChangeRule.self, ChangeUndoneRule.self, SignatureRequiredRule.self, SignatureAdvisedRule.self,
        ]
    }

    public static func rule(_ id: String) -> (any LintRule.Type)? { all.first { $0.id == id } }
}

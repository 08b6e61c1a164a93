/// The table of commands; a command exists for users once it is listed here.
var registeredCommands: [any Command.Type] {
    [
        LintCommand.self, ScoreCommand.self, DiffCommand.self, LogCommand.self, BlameCommand.self, StatusCommand.self,
        PlanCommand.self, ReportCommand.self, FmtCommand.self, InitCommand.self, CycleOpenCommand.self,
        EvidenceCommand.self, EvidenceAddCommand.self, AgencyAddCommand.self, AgencySetCommand.self,
        ScopeAddCommand.self, FormCommand.self,
        ExportCommand.self, ImportCommand.self,
        VerifyCommand.self, CodeownersCommand.self,
        ValidateCommand.self,
        CompletionCommand.self,
    ]
}

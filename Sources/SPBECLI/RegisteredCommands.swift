/// The table of commands; a command exists for users once it is listed here.
var registeredCommands: [any Command.Type] {
    [ScoreCommand.self, ValidateCommand.self]
}

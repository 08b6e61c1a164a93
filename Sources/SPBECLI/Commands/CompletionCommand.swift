import SPBECore

/// `spbe completion bash|zsh`: a shell completion script for commands, options and cycle names.
struct CompletionCommand: Command {
    static let name = "completion"
    static let summary = Localized(en: "print a bash or zsh completion script", id: "cetak skrip pelengkapan bash atau zsh")
    static let synopsis = "bash|zsh"
    static let options: [OptionSpec] = []

    let shell: String

    init(_ arguments: ParsedArguments) throws {
        guard let shell = arguments.positionals.first else { throw UsageError(Messages.missingArgument("bash|zsh")) }
        guard ["bash", "zsh"].contains(shell) else { throw UsageError(Messages.badChoice("SHELL", shell, ["bash", "zsh"])) }
        guard arguments.positionals.count == 1 else { throw UsageError(Messages.unexpectedArgument(arguments.positionals[1])) }
        self.shell = shell
    }

    func run(_ context: Context) throws -> ExitCode {
        context.stdout.write(shell == "zsh" ? "autoload -U +X bashcompinit && bashcompinit\n" + Self.bash() : Self.bash())
        return .success
    }

    /// A bash function: commands first, then the command's options; after options taking a revision, the cycle
    /// names (from `git tag -l 'cycle/*'`) and branches.
    static func bash() -> String {
        let commands = Tool.commands.map { $0.name }.joined(separator: " ")
        var cases = ""
        for command in Tool.commands {
            let flags = (command.options + [CommonOptions.help, CommonOptions.lang]).map { "--" + $0.name }.joined(separator: " ")
            cases += "        \(command.name)) options=\"\(flags)\" ;;\n"
        }
        return """
            # bash completion for spbe; load with: source <(spbe completion bash)
            _spbe() {
                local current previous options cycles
                current="${COMP_WORDS[COMP_CWORD]}"
                previous="${COMP_WORDS[COMP_CWORD-1]}"
                if [ "$COMP_CWORD" -eq 1 ]; then
                    COMPREPLY=($(compgen -W "\(commands) help --version" -- "$current"))
                    return
                fi
                case "$previous" in
                    --rev|--base)
                        cycles=$(git tag -l 'cycle/*' 2>/dev/null | sed 's,^cycle/,,'; git for-each-ref --format='%(refname:short)' refs/heads 2>/dev/null)
                        COMPREPLY=($(compgen -W "$cycles" -- "$current"))
                        return ;;
                    --lang) COMPREPLY=($(compgen -W "id en" -- "$current")); return ;;
                    -C|--repository|--out|--schema|--schema-dir) COMPREPLY=($(compgen -f -- "$current")); return ;;
                esac
                case "${COMP_WORDS[1]}" in
                    diff|log)
                        cycles=$(git tag -l 'cycle/*' 2>/dev/null | sed 's,^cycle/,,')
                        options="$cycles" ;;
                    *) options="" ;;
                esac
                case "${COMP_WORDS[1]}" in
            \(cases)    esac
                if [ "${COMP_WORDS[1]}" = diff ]; then options="$options $(git tag -l 'cycle/*' 2>/dev/null | sed 's,^cycle/,,')"; fi
                COMPREPLY=($(compgen -W "$options" -- "$current"))
            }
            complete -o default -F _spbe spbe

            """
    }
}

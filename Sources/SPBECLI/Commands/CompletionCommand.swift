import SPBECore

/// `spbe completion bash|zsh`: a shell completion script for commands, options and cycle names.
struct CompletionCommand: Command {
    static let name = "completion"
    static let summary = Localized(
        en: "print a bash or zsh completion script", id: "cetak skrip pelengkapan bash atau zsh")
    enum Shell: String, CaseIterable { case bash, zsh }

    static let options: [any OptionDeclaration] = []
    static let positionals = Arity.exactly("bash|zsh")

    let shell: Shell

    init(_ arguments: ParsedArguments) throws {
        let name = arguments.positionals[0]
        guard let shell = Shell(rawValue: name) else {
            throw UsageError(Messages.badChoice("SHELL", name, Shell.allCases.map(\.rawValue)))
        }
        self.shell = shell
    }

    func run(_ context: Context) throws -> ExitCode {
        context.stdout.write(
            shell == .zsh ? "autoload -U +X bashcompinit && bashcompinit\n" + Self.bash() : Self.bash())
        return .success
    }

    /// A bash function: commands first, then the command's options; after options taking a revision, the cycle
    /// names (from `git tag -l 'cycle/*'`) and branches.
    static func bash() -> String {
        let commands = Tool.commands.map { $0.name }.joined(separator: " ")
        var cases = ""
        for command in Tool.commands {
            let flags = command.allOptions.map { "--" + $0.spec.name }.joined(separator: " ")
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

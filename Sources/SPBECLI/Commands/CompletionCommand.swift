import SPBECore

/// `spbe completion bash|zsh|fish`: a completion script generated from the commands' declarations: command and
/// subcommand names, each command's options, and each value and argument completed as its declaration says
/// (cycle names, revisions, scopes, agencies, files, choices).
struct CompletionCommand: Command {
    static let name = "completion"
    static let summary = Localized(
        en: "print a bash, zsh or fish completion script", indonesian: "cetak skrip pelengkapan bash, zsh atau fish")
    enum Shell: String, CaseIterable { case bash, zsh, fish }

    static let options: [any OptionDeclaration] = []
    static let positionals = Arity.exactly("bash|zsh|fish")

    let shell: Shell

    init(_ arguments: ParsedArguments) throws {
        let name = arguments.positionals[0]
        guard let shell = Shell(rawValue: name) else {
            throw UsageError(Messages.badChoice("SHELL", name, Shell.allCases.map(\.rawValue)))
        }
        self.shell = shell
    }

    func run(_ context: Context) throws -> ExitCode {
        switch shell {
        case .bash: context.stdout.write(Self.bash())
        case .zsh: context.stdout.write("autoload -U +X bashcompinit && bashcompinit\n" + Self.bash())
        case .fish: context.stdout.write(Self.fish())
        }
        return .success
    }

    /// Shell commands that print the candidates of each kind, one per line, from the repository at hand.
    static func candidates(_ completion: Completion) -> String? {
        switch completion {
        case .nothing, .file, .folder: return nil
        case .cycle: return "git tag -l 'cycle/*' 2>/dev/null | sed 's,^cycle/,,'"
        case .revision:
            return
                "git tag -l 'cycle/*' 2>/dev/null | sed 's,^cycle/,,'; git for-each-ref --format='%(refname:short)' refs/heads refs/remotes refs/tags 2>/dev/null"
        case .scope:
            return "ls \"$(git rev-parse --show-toplevel 2>/dev/null || echo .)/assessments\" 2>/dev/null"
        case .agency:
            return
                "ls \"$(git rev-parse --show-toplevel 2>/dev/null || echo .)\"/assessments/*/*.json 2>/dev/null | sed 's,.*/,,; s,\\.json$,,' | grep -vx instansi | sort -u"
        case .choices(let choices): return "printf '%s\\n' " + choices.joined(separator: " ")
        }
    }

    /// The bash function for one kind of value: filenames, folders, or the candidates' words.
    private static func bashReply(_ completion: Completion) -> String {
        switch completion {
        case .nothing: return "COMPREPLY=()"
        case .file: return "COMPREPLY=($(compgen -f -- \"$current\"))"
        case .folder: return "COMPREPLY=($(compgen -d -- \"$current\"))"
        default: return "COMPREPLY=($(compgen -W \"$(\(candidates(completion) ?? ""))\" -- \"$current\"))"
        }
    }

    /// A bash function: the command (one or two words) first, then its options, their values and its arguments.
    static func bash() -> String {
        let firstWords = orderedUnique(Tool.commands.map { String($0.name.prefix { $0 != " " }) })
        var cases = ""
        for command in Tool.commands.sorted(by: { $0.name.count > $1.name.count }) {
            let words = command.name.split(separator: " ")
            let pattern = words.count == 2 ? "\"\(words[0]) \(words[1])\"*" : "\"\(words[0]) \"*"
            let skip = words.count
            let options = command.allOptions.map(\.spec)
            var valueCases = ""
            for option in options where option.valueName != nil {
                var names = ["--" + option.name]
                if let short = option.short { names.append("-\(short)") }
                valueCases +=
                    "            \(names.joined(separator: "|"))) \(bashReply(option.completion)); return ;;\n"
            }
            var positional = ""
            for position in 0..<4 {
                positional += "            \(position)) \(bashReply(command.positionals.completion(at: position))) ;;\n"
            }
            let subcommands = Tool.subcommands(of: command.name).map { String($0.name.split(separator: " ")[1]) }
            let optionWords = options.map { "--" + $0.name }.joined(separator: " ")
            let subcommandWords = subcommands.joined(separator: " ")
            let offerSubcommands =
                subcommands.isEmpty
                ? "" : "[ \"$position\" = 0 ] && COMPREPLY+=($(compgen -W \"\(subcommandWords)\" -- \"$current\"))"
            cases += """
                    \(pattern))
                        case "$previous" in
                \(valueCases)        esac
                        if [[ "$current" == -* ]]; then
                            COMPREPLY=($(compgen -W "\(optionWords)" -- "$current")); return
                        fi
                        _spbe_position \(skip)
                        case "$position" in
                \(positional)        esac
                        \(offerSubcommands)
                        return ;;

                """
        }
        for group in firstWords where Tool.command(named: group) == nil {
            let subcommands = Tool.subcommands(of: group).map { String($0.name.split(separator: " ")[1]) }
            cases += """
                    "\(group) "*)
                        [ "$COMP_CWORD" -eq 2 ] && COMPREPLY=($(compgen -W "\(subcommands.joined(separator: " "))" -- "$current"))
                        return ;;

                """
        }
        return """
            # bash completion for spbe, generated from its command declarations; load with: source <(spbe completion bash)
            _spbe_position() {
                # How many arguments (not options or their values) come before the current word, after the command.
                local index=$((1 + $1)) word
                position=0
                while [ "$index" -lt "$COMP_CWORD" ]; do
                    word="${COMP_WORDS[index]}"
                    case "$word" in
                        --*=*|-|-C?*) ;;
                        --*|-?) [ "$(_spbe_takes_value "$word")" = yes ] && index=$((index + 1)) ;;
                        *) position=$((position + 1)) ;;
                    esac
                    index=$((index + 1))
                done
            }
            _spbe_takes_value() {
                case "$1" in
                    \(valueOptions().joined(separator: "|"))) echo yes ;;
                esac
            }
            _spbe() {
                local current previous position skip=0
                current="${COMP_WORDS[COMP_CWORD]}"
                previous="${COMP_WORDS[COMP_CWORD-1]}"
                if [ "$previous" = --lang ]; then COMPREPLY=($(compgen -W "id en" -- "$current")); return; fi
                if [ "$previous" = -C ] || [ "$previous" = --repository ]; then COMPREPLY=($(compgen -d -- "$current")); return; fi
                # Options before the command (spbe -C DIR --lang id score …) are set aside: the command is next.
                while [ $((skip + 1)) -lt "$COMP_CWORD" ]; do
                    case "${COMP_WORDS[skip+1]}" in
                        -C|--repository|--lang) skip=$((skip + 2)) ;;
                        -C?*|--repository=*|--lang=*) skip=$((skip + 1)) ;;
                        *) break ;;
                    esac
                done
                if [ "$skip" -gt 0 ]; then
                    COMP_WORDS=("${COMP_WORDS[0]}" "${COMP_WORDS[@]:$((skip + 1))}")
                    COMP_CWORD=$((COMP_CWORD - skip))
                fi
                if [ "$COMP_CWORD" -eq 1 ]; then
                    COMPREPLY=($(compgen -W "\(firstWords.joined(separator: " ")) help --version --lang" -- "$current"))
                    return
                fi
                if [ "$previous" = --lang ]; then COMPREPLY=($(compgen -W "id en" -- "$current")); return; fi
                case "${COMP_WORDS[*]:1}" in
            \(cases)        help*) COMPREPLY=($(compgen -W "\(firstWords.joined(separator: " "))" -- "$current")) ;;
                esac
            }
            complete -F _spbe spbe

            """
    }

    /// Every spelling of an option that takes a value, across commands.
    private static func valueOptions() -> [String] {
        orderedUnique(
            Tool.commands.flatMap { $0.allOptions }.map(\.spec).filter { $0.valueName != nil }.flatMap { option in
                ["--" + option.name] + (option.short.map { ["-\($0)"] } ?? [])
            })
    }

    /// A fish script: one `complete` line per command, subcommand and option.
    static func fish() -> String {
        var lines = [
            "# fish completion for spbe, generated from its command declarations; load with: spbe completion fish | source",
            "complete -c spbe -f",
            "complete -c spbe -l lang -x -a 'id en' -d 'language of the output'",
            "complete -c spbe -n __fish_use_subcommand -l version -d 'print the version'",
            "complete -c spbe -n __fish_use_subcommand -a help -d 'show the help of a command'",
        ]
        // A group with no command of its own (`cycle`) is offered by its name, its subcommands after it.
        for group in orderedUnique(Tool.commands.map { String($0.name.prefix { $0 != " " }) })
        where Tool.command(named: group) == nil {
            lines.append("complete -c spbe -n __fish_use_subcommand -a \(group) -d \(fishQuoted(group + " …"))")
        }
        for command in Tool.commands {
            let words = command.name.split(separator: " ").map(String.init)
            let summary = fishQuoted(command.summary.en)
            let condition: String
            if words.count == 2 {
                lines.append(
                    "complete -c spbe -n '__fish_seen_subcommand_from \(words[0]); and not __fish_seen_subcommand_from \(words[1])' -a \(words[1]) -d \(summary)"
                )
                condition = "__fish_seen_subcommand_from \(words[0]); and __fish_seen_subcommand_from \(words[1])"
            } else {
                lines.append("complete -c spbe -n __fish_use_subcommand -a \(words[0]) -d \(summary)")
                let subcommands = Tool.subcommands(of: command.name).map { String($0.name.split(separator: " ")[1]) }
                let exclusion = subcommands.joined(separator: " ")
                condition =
                    "__fish_seen_subcommand_from \(words[0])"
                    + (subcommands.isEmpty ? "" : "; and not __fish_seen_subcommand_from \(exclusion)")
            }
            for option in command.options.map(\.spec) {
                var line = "complete -c spbe -n '\(condition)' -l \(option.name)"
                if let short = option.short { line += " -s \(short)" }
                if option.valueName != nil { line += " " + fishValue(option.completion) }
                lines.append(line + " -d " + fishQuoted(option.help.en))
            }
            if let positional = fishPositional(command.positionals.completion(at: 0)) {
                lines.append("complete -c spbe -n '\(condition)' \(positional)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func fishValue(_ completion: Completion) -> String {
        switch completion {
        case .nothing: return "-x"
        case .file: return "-r -F"
        case .folder: return "-x -a '(__fish_complete_directories)'"
        default: return "-x -a " + fishQuoted("(\(candidates(completion) ?? ""))")
        }
    }

    private static func fishPositional(_ completion: Completion) -> String? {
        switch completion {
        case .nothing: return nil
        case .file: return "-F"
        case .folder: return "-a '(__fish_complete_directories)'"
        default: return "-a " + fishQuoted("(\(candidates(completion) ?? ""))")
        }
    }

    private static func fishQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    private static func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}

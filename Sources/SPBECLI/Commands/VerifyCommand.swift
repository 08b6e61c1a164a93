import GitStore
import SPBECore

/// `spbe verify [TAG…]`: checks that each cycle tag (default: every `cycle/*`) is an annotated tag, named as its
/// ref, signed by a coordinator the manifests at a trusted revision list (the default branch, or `--keys-from`),
/// as `git verify-tag` would with those keys. A tag that cannot be checked is a failure unless
/// `--allow-unsigned`.
struct VerifyCommand: Command {
    static let name = "verify"
    static let summary = Localized(
        en: "check that cycle tags are annotated and signed by a coordinator listed at a trusted revision",
        indonesian:
            "periksa bahwa tag siklus beranotasi dan ditandatangani koordinator yang tercantum di revisi tepercaya")

    static let format = Option<Format>.format([.text, .json])
    static let keysFrom = Option<String>(
        "keys-from", value: "REV",
        help: Localized(
            en: "the trusted revision whose manifests list the keys (default: the default branch, e.g. origin/main)",
            indonesian: "revisi tepercaya yang manifesnya mencantumkan kunci (bawaan: branch utama, mis. origin/main)"))
    static let allowUnsigned = Flag(
        "allow-unsigned",
        help: Localized(
            en: "a tag that cannot be checked (lightweight, unsigned, no keys listed) is a warning, not a failure",
            indonesian:
                "tag yang tidak dapat diperiksa (ringan, tanpa tanda tangan, tanpa kunci) menjadi peringatan, bukan kegagalan"
        ))
    static let options: [any OptionDeclaration] = [SourceOptions.repository, format, keysFrom, allowUnsigned]
    static let positionals = Arity.atLeast(0, "TAG")

    let repositoryPath: String?
    let names: [String]
    let format: Format
    let keysFrom: String?
    let allowUnsigned: Bool

    init(_ arguments: ParsedArguments) throws {
        repositoryPath = try arguments[SourceOptions.repository]
        names = arguments.positionals
        format = try arguments[Self.format] ?? .text
        keysFrom = try arguments[Self.keysFrom]
        allowUnsigned = arguments[Self.allowUnsigned]
    }

    func run(_ context: Context) throws -> ExitCode {
        let repository = try SourceOptions.openRepository(repositoryPath, context)
        let all = try repository.tags(prefix: "")
        var tags: [Tag] = []
        for name in names {
            guard let tag = all.first(where: { $0.name == name || $0.name == Repository.cycleTagPrefix + name }) else {
                throw GitError.unknownRevision(name)
            }
            tags.append(tag)
        }
        if names.isEmpty { tags = all.filter { $0.name.hasPrefix(Repository.cycleTagPrefix) } }
        let reader = RevisionReader(repository: repository, context: context, detail: .levels)
        let keys = try TrustedKeys(keysFrom, repository: repository, reader: reader, context: context)
        let results = try tags.map { ($0, try TagVerification.check($0, repository: repository, keys: keys)) }
        switch format {
        case .json:
            context.stdout.write(
                JSONEnvelope.object([
                    (
                        "tags",
                        .array(
                            results.map { tag, result in
                                .object([
                                    ("name", .string(tag.name)), ("commit", .string(tag.commit.hex)),
                                    ("verified", .bool(result.isVerified)),
                                    ("keysFrom", .string(keys.revision)),
                                    ("message", .string(result.message.text(context.language))),
                                ])
                            })
                    )
                ]).rendered)
        default:
            var table = Table(
                [
                    Messages.revisionHeader.text(context.language), "commit",
                    Messages.verifiedHeader.text(context.language),
                ],
                rightAligned: [false, false, false])
            for (tag, result) in results {
                let mark = result.isVerified ? "✓ " : result.isUnchecked && allowUnsigned ? "! " : "✗ "
                table.rows.append([tag.name, tag.commit.short, mark + result.message.text(context.language)])
            }
            context.stdout.write(table.text)
            context.stdout.write(Messages.keysFrom(keys.revision).text(context.language) + "\n")
        }
        let passes = results.allSatisfy { $0.1.isVerified || ($0.1.isUnchecked && allowUnsigned) }
        return passes ? .success : .findings
    }
}

import GitStore
import SPBECore

/// `spbe verify [TAG…]`: checks that each cycle tag (default: every `cycle/*`) is an annotated tag signed by a
/// coordinator the manifests at its revision list, as `git verify-tag` would with those keys.
struct VerifyCommand: Command {
    static let name = "verify"
    static let summary = Localized(
        en: "check that cycle tags are annotated and signed by a coordinator listed at their revision",
        id: "periksa bahwa tag siklus beranotasi dan ditandatangani koordinator yang tercantum di revisinya")
    enum Format: String, CaseIterable { case text, json }
    static let format = Option<Format>.format
    static let options: [any OptionDeclaration] = [SourceOptions.repository, format]
    static let positionals = Arity.atLeast(0, "TAG")

    let repositoryPath: String?
    let names: [String]
    let format: Format

    init(_ arguments: ParsedArguments) throws {
        repositoryPath = try arguments[SourceOptions.repository]
        names = arguments.positionals
        format = try arguments[Self.format] ?? .text
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
        let results = try tags.map {
            ($0, try TagVerification.check($0, repository: repository, reader: reader, context: context))
        }
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
                                    ("verified", result == .noKeys ? .null : .bool(result.isVerified)),
                                    ("message", .string(result.message.text(context.language))),
                                ])
                            })
                    )
                ]).rendered)
        case .text:
            var table = TextTable(
                [
                    Messages.revisionHeader.text(context.language), "commit",
                    Messages.verifiedHeader.text(context.language),
                ],
                rightAligned: [false, false, false])
            for (tag, result) in results {
                table.rows.append([
                    tag.name, tag.commit.short,
                    (result.isVerified ? "✓ " : "✗ ") + result.message.text(context.language),
                ])
            }
            context.stdout.write(table.rendered)
        }
        // Where no keys are listed there is nothing to verify against: not a failure (as `tagVerified: null`).
        return results.allSatisfy({ $0.1.isVerified || $0.1 == .noKeys }) ? .success : .findings
    }
}

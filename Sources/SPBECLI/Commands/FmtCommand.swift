import Foundation
import GitStore
import SPBECore

/// `spbe fmt`: one canonical layout for manifests and agency files in the working tree; `--write` rewrites them.
struct FmtCommand: Command {
    static let name = "fmt"
    static let summary = Localized(
        en: "put manifests and agency files in the canonical layout (--check lists, --write rewrites)",
        indonesian:
            "rapikan manifes dan berkas perangkat daerah ke tata letak baku (--check mendaftar, --write menulis ulang)")
    static let check = Flag(
        "check",
        help: Localized(
            en: "list the files not in canonical layout and exit 1 if any (the default)",
            indonesian: "daftar berkas yang belum baku dan keluar 1 bila ada (bawaan)"))
    static let write = Flag(
        "write",
        help: Localized(en: "rewrite them in place (atomically)", indonesian: "tulis ulang berkasnya (secara atomik)"))
    static let options: [any OptionDeclaration] = [SourceOptions.repository, check, write]
    static let positionals = Arity.atLeast(0, "PATH")

    let repositoryPath: String?
    let write: Bool
    let paths: [String]

    init(_ arguments: ParsedArguments) throws {
        if arguments[Self.check] && arguments[Self.write] {
            throw UsageError(Messages.conflictingOptions("--check", "--write"))
        }
        repositoryPath = try arguments[SourceOptions.repository]
        write = arguments[Self.write]
        paths = arguments.positionals
    }

    func run(_ context: Context) throws -> ExitCode {
        let repository = try SourceOptions.openRepository(repositoryPath, context)
        let snapshot = try WorktreeSnapshot(repository: repository)
        let tree = SnapshotTree(snapshot)
        let schemas = try BlobCache().schemas(tree)
        let files = try targets(tree, root: snapshot.root, context: context)
        var differing: [String] = []
        var unreadable = false
        for path in files {
            let full = snapshot.root + "/" + path
            guard let bytes = context.files.contents(full) else { throw ToolError(Messages.unreadableFile(path)) }
            let document: JSONDocument
            do {
                // A byte-order mark and Windows line ends are what editors add, not errors to make users fix by hand.
                document = try JSONParser().parse(Self.withoutBOMAndCR(bytes))
            } catch {
                context.stderr.line(
                    "\(path):\(error.location): \(Messages.errorWord.text(context.language)): \(error.message.text(context.language))"
                )
                unreadable = true
                continue
            }
            guard document.duplicateKeys.isEmpty else {
                context.stderr.line(
                    "\(path): \(Messages.errorWord.text(context.language)): \(Messages.fmtDuplicateKeys.text(context.language))"
                )
                unreadable = true
                continue
            }
            let kind: SchemaSet.Kind = AssessmentLoader.kind(of: path) == .instansi ? .instansi : .assessment
            let formatted = JSONFormatter(schema: schemas.validator(kind)).format(document)
            guard formatted != bytes else { continue }
            differing.append(path)
            if write { try context.write(full, formatted, shown: path) }
        }
        for path in differing { context.stdout.line(write ? Messages.formatted(path).text(context.language) : path) }
        if !write && !differing.isEmpty { context.stderr.line(Messages.fmtHowToWrite.text(context.language)) }
        if unreadable { return .findings }
        return !write && !differing.isEmpty ? .findings : .success
    }

    /// The files to format: the given paths (files, or folders searched for `.json`), else all of `assessments/`.
    private func targets(_ tree: SnapshotTree, root: String, context: Context) throws -> [String] {
        guard !paths.isEmpty else {
            return try tree.entries(under: AssessmentPath.folder).filter { $0.isFile && $0.path.hasSuffix(".json") }
                .map(\.path)
        }
        var result: [String] = []
        for path in paths {
            let absolute = SourceOptions.absolute(path, in: context.currentDirectory)
            guard absolute.hasPrefix(root + "/") else { throw ToolError(Messages.noSuchFile(path)) }
            let relative = String(absolute.dropFirst(root.count + 1))
            let inside = try tree.entries(under: relative).filter { $0.isFile && $0.path.hasSuffix(".json") }.map(
                \.path)
            if !inside.isEmpty {
                result += inside
            } else if context.files.exists(absolute) {
                result.append(relative)
            } else {
                throw ToolError(Messages.noSuchFile(path))
            }
        }
        return result
    }

    /// The bytes without a leading UTF-8 byte-order mark and with CRLF line ends as LF (the formatter writes LF).
    static func withoutBOMAndCR(_ bytes: [UInt8]) -> [UInt8] {
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard text.contains(0x0D) else { return text }
        return text.indices.compactMap { index in
            text[index] == 0x0D && index + 1 < text.count && text[index + 1] == 0x0A ? nil : text[index]
        }
    }
}

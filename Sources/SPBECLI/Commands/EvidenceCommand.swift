import Foundation
import GitStore
import SPBECore

/// `spbe evidence`: checks every recorded evidence `sha256` in the working tree against its file, or with
/// `--write` refreshes them, so nobody computes a sha256 by hand (`spbe evidence add` records a new file). A Git
/// LFS pointer is hashed as the content it names.
struct EvidenceCommand: Command {
    static let name = "evidence"
    static let summary = Localized(
        en: "check the evidence sha256s in the working tree (--write to refresh them)",
        indonesian: "periksa sha256 data dukung di pohon kerja (--write untuk memperbaruinya)")
    static let write = Flag(
        "write",
        help: Localized(
            en: "write the refreshed sha256s into the agency files (atomically)",
            indonesian: "tulis sha256 yang diperbarui ke berkas perangkat daerah (secara atomik)"))
    static let options: [any OptionDeclaration] = [SourceOptions.repository, SourceOptions.scope, write]

    let repositoryPath: String?
    let scopes: [String]
    let write: Bool

    init(_ arguments: ParsedArguments) throws {
        repositoryPath = try arguments[SourceOptions.repository]
        scopes = try arguments.all(SourceOptions.scope)
        write = arguments[Self.write]
    }

    func run(_ context: Context) throws -> ExitCode {
        let (revision, root, _) = try Self.workingTree(repositoryPath, scopes: scopes, context)
        var stale = 0
        var refreshed: [String: [UInt8]] = [:]
        for file in revision.scopes.flatMap(\.agencyFiles) {
            guard let document = file.document else { continue }
            // Only a regular file inside the repository is hashed: a cited `../x` or a link out is reported missing.
            let (output, refreshes) = EvidenceRecords.refresh(document) { path in
                PlainPaths.isReadableInside(path, root: root)
                    ? context.files.contents(root + "/" + path).map(EvidenceHash.of) : nil
            }
            for refresh in refreshes {
                context.stdout.line(
                    Messages.evidenceRefresh(file.path, refresh, written: write).text(context.language))
                if refresh.new != nil { stale += 1 }
            }
            if write && refreshes.contains(where: { $0.new != nil }) { refreshed[file.path] = output }
        }
        try context.writeWorkingTree(refreshed, root: root)
        context.stdout.line(Messages.evidenceSummary(stale, written: write).text(context.language))
        return stale > 0 && !write ? .findings : .success
    }

    /// The working tree's assessments, its root folder and the repository they were read from.
    static func workingTree(_ repositoryPath: String?, scopes: [String], _ context: Context) throws -> (
        revision: LoadedRevision, root: String, repository: Repository
    ) {
        let repository = try SourceOptions.openRepository(repositoryPath, context)
        guard let root = repository.workingDirectory.map({ $0.hasSuffix("/") ? String($0.dropLast()) : $0 }) else {
            throw ToolError(Messages.bareRepository)
        }
        let revision = try RevisionReader(repository: repository, context: context, detail: .documents).load(
            try WorktreeSnapshot(repository: repository), scopes: scopes)
        try CommonOptions.requireScopes(revision, wanted: scopes)
        return (revision, root, repository)
    }
}

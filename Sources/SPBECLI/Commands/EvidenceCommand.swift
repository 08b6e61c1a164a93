import Foundation
import GitStore
import SPBECore

/// `spbe evidence`: records evidence hashes for agencies in the working tree, so nobody computes a sha256 by
/// hand. Without arguments it checks (or with `--write` refreshes) every `sha256`; `add SCOPE/INDICATOR FILE`
/// adds an item for a file. A Git LFS pointer is hashed as the content it names.
struct EvidenceCommand: Command {
    static let name = "evidence"
    static let summary = Localized(
        en: "record evidence sha256s in the working tree (check, --write to refresh, or add a file to an indicator)",
        id:
            "catat sha256 data dukung di working tree (periksa, --write untuk memperbarui, atau tambahkan berkas ke indikator)"
    )
    static let write = Flag(
        "write",
        help: Localized(
            en: "write the refreshed sha256s into the agency files (atomically)",
            id: "tulis sha256 yang diperbarui ke berkas perangkat daerah (secara atomik)"))
    static let title = Option<String>(
        "title", value: "TEXT",
        help: Localized(
            en: "with add: the item's title (default: the file's name)",
            id: "dengan add: judul data dukung (bawaan: nama berkas)"))
    static let kind = Option<IndicatorAssessment.Evidence.Kind>(
        "kind",
        help: Localized(en: "with add: what the file is (default other)", id: "dengan add: jenis berkas (bawaan other)")
    )
    static let date = CommonOptions.date(
        "date", help: Localized(en: "with add: the document's date", id: "dengan add: tanggal dokumen"))
    static let satisfies = Option<String>(
        "satisfies", value: "ID",
        help: Localized(
            en: "with add: a requirement the file proves (repeatable)",
            id: "dengan add: persyaratan yang dibuktikan berkas (boleh diulang)"))
    static let options: [any OptionDeclaration] = [
        SourceOptions.repository, SourceOptions.scope, write, title, kind, date, satisfies,
    ]
    static let positionals = Arity.atMost("add", "SCOPE/INDICATOR", "FILE")

    enum Action {
        case refresh(write: Bool)
        case add(scope: String, indicator: String, file: String)
    }

    let repositoryPath: String?
    let scopes: [String]
    let action: Action
    let title: String?
    let kind: IndicatorAssessment.Evidence.Kind
    let date: String?
    let requirements: [String]

    init(_ arguments: ParsedArguments) throws {
        repositoryPath = try arguments[SourceOptions.repository]
        scopes = try arguments.all(SourceOptions.scope)
        title = try arguments[Self.title]
        kind = try arguments[Self.kind] ?? .other
        date = try arguments[Self.date]
        requirements = try arguments.all(Self.satisfies)
        let positionals = arguments.positionals
        switch positionals.count {
        case 0:
            action = .refresh(write: arguments[Self.write])
        case 3 where positionals[0] == "add":
            let parts = positionals[1].split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw UsageError(Messages.badBlameTarget(positionals[1]))
            }
            action = .add(scope: String(parts[0]), indicator: String(parts[1]), file: positionals[2])
        default:
            throw UsageError(Messages.evidenceUsage)
        }
    }

    func run(_ context: Context) throws -> ExitCode {
        let repository = try SourceOptions.openRepository(repositoryPath, context)
        guard let root = repository.workingDirectory.map({ $0.hasSuffix("/") ? String($0.dropLast()) : $0 }) else {
            throw ToolError(Messages.bareRepository)
        }
        let revision = try RevisionReader(repository: repository, context: context, detail: .documents).load(
            try WorktreeSnapshot(repository: repository), scopes: scopes)
        try CommonOptions.requireScopes(revision, wanted: scopes)
        switch action {
        case .refresh(let write): return try refresh(revision, root: root, write: write, context)
        case .add(let scope, let indicator, let file):
            return try add(revision, root: root, scope: scope, indicator: indicator, file: file, context)
        }
    }

    /// Checks every recorded hash against its file; with `--write`, records the right ones.
    private func refresh(_ revision: LoadedRevision, root: String, write: Bool, _ context: Context) throws -> ExitCode {
        var stale = 0
        for file in revision.scopes.flatMap(\.agencyFiles) {
            guard let document = file.document else { continue }
            let (output, refreshes) = EvidenceRecords.refresh(document.root) { path in
                FileManager.default.contents(atPath: root + "/" + path).map { EvidenceHash.of([UInt8]($0)) }
            }
            for refresh in refreshes {
                context.stdout.line(
                    Messages.evidenceRefresh(file.path, refresh, written: write).text(context.language))
                if refresh.new != nil { stale += 1 }
            }
            if write && refreshes.contains(where: { $0.new != nil }) {
                try FmtCommand.replace(root + "/" + file.path, with: Array(output.rendered.utf8))
            }
        }
        context.stdout.line(Messages.evidenceSummary(stale, written: write).text(context.language))
        return stale > 0 && !write ? .findings : .success
    }

    /// Appends an item for `file` to the indicator in the file of the agency that owns it.
    private func add(
        _ revision: LoadedRevision, root: String, scope: String, indicator: String, file: String, _ context: Context
    ) throws -> ExitCode {
        guard let loaded = revision.scopes.first(where: { $0.id == scope }) else {
            throw ToolError(Messages.unknownScope(scope, revision.allScopeIDs))
        }
        guard let owner = loaded.manifest?.ownerID(of: indicator) else {
            throw ToolError(Messages.evidenceNoOwner(indicator, scope))
        }
        let agencyPath = AssessmentPath.agencyFile(of: owner, in: scope)
        guard let agencyFile = loaded.agencyFiles.first(where: { $0.path == agencyPath }),
            let document = agencyFile.document
        else {
            throw ToolError(Messages.evidenceNoAgencyFile(agencyPath, owner))
        }
        let absolute = SourceOptions.absolute(file, in: context.currentDirectory)
        guard absolute.hasPrefix(root + "/"), let bytes = FileManager.default.contents(atPath: absolute) else {
            throw ToolError(Messages.evidenceFileOutside(file))
        }
        let path = String(absolute.dropFirst(root.count + 1))
        var item: [(String, OutputJSON)] = [
            ("title", .string(title ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)),
            ("kind", .string(kind.rawValue)), ("path", .string(path)),
            ("sha256", .string(EvidenceHash.of([UInt8](bytes)))),
        ]
        if let date { item.append(("date", .string(date))) }
        if !requirements.isEmpty { item.append(("satisfies", .array(requirements.map(OutputJSON.string)))) }
        guard let output = EvidenceRecords.add(document.root, indicator: indicator, item: .object(item)) else {
            throw ToolError(Messages.evidenceNotAssessed(indicator, agencyPath))
        }
        try FmtCommand.replace(root + "/" + agencyPath, with: Array(output.rendered.utf8))
        context.stdout.line(Messages.evidenceAdded(path, indicator, agencyPath).text(context.language))
        return .success
    }
}

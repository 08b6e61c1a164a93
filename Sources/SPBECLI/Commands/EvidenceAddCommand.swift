import Foundation
import GitStore
import SPBECore

/// `spbe evidence add SCOPE/INDICATOR FILE`: appends an evidence item for a file of the working tree (its
/// sha256 computed) to the indicator, in the file of the agency that owns it.
struct EvidenceAddCommand: Command {
    static let name = "evidence add"
    static let summary = Localized(
        en: "add a file of the working tree as evidence of an indicator, with its sha256",
        indonesian: "tambahkan berkas di pohon kerja sebagai data dukung indikator, dengan sha256-nya")
    static let title = Option<String>(
        "title", value: "TEXT",
        help: Localized(
            en: "the item's title (default: the file's name)", indonesian: "judul data dukung (bawaan: nama berkas)"))
    static let kind = Option<IndicatorAssessment.Evidence.Kind>(
        "kind", help: Localized(en: "what the file is (default other)", indonesian: "jenis berkas (bawaan other)"))
    static let date = CommonOptions.date(
        "date", help: Localized(en: "the document's date", indonesian: "tanggal dokumen"))
    static let satisfies = Option<String>(
        "satisfies", value: "ID",
        help: Localized(
            en: "a requirement the file proves (repeatable)",
            indonesian: "persyaratan yang dibuktikan berkas (boleh diulang)"))
    static let options: [any OptionDeclaration] = [SourceOptions.repository, title, kind, date, satisfies]
    static let positionals = Arity.exactly("SCOPE/INDICATOR", "FILE")

    let repositoryPath: String?
    let target: String
    let file: String
    let title: String?
    let kind: IndicatorAssessment.Evidence.Kind
    let date: String?
    let requirements: [String]

    init(_ arguments: ParsedArguments) throws {
        repositoryPath = try arguments[SourceOptions.repository]
        title = try arguments[Self.title]
        if title?.isEmpty == true { throw UsageError(Messages.emptyValue("--title")) }
        kind = try arguments[Self.kind] ?? .other
        date = try arguments[Self.date]
        requirements = try arguments.all(Self.satisfies)
        if requirements.contains(where: \.isEmpty) { throw UsageError(Messages.emptyValue("--satisfies")) }
        target = arguments.positionals[0]
        file = arguments.positionals[1]
    }

    func run(_ context: Context) throws -> ExitCode {
        let (revision, root, repository) = try EvidenceCommand.workingTree(repositoryPath, scopes: [], context)
        return try add(revision, root: root, repository: repository, context)
    }

    /// Whether an item can be appended without losing anything the file holds: one value per key, an object of
    /// indicators, the indicator an object and its evidence a list.
    static func canTakeEvidence(_ document: JSONDocument?, indicator: String) -> Bool {
        guard let document, document.duplicateKeys.isEmpty, document.root.members != nil else { return false }
        guard let indicators = document.root["indicators"] else { return true }
        guard indicators.members != nil else { return false }
        guard let entry = indicators[indicator] else { return true }
        return entry.members != nil && (entry["evidence"].map { $0.elements != nil } ?? true)
    }

    /// Appends an item for `file` to the indicator in the file of the agency that owns it.
    private func add(_ revision: LoadedRevision, root: String, repository: Repository, _ context: Context) throws
        -> ExitCode
    {
        let (scope, indicator) = try CommonOptions.scopeAndIndicator(target) { revision }
        guard let loaded = revision.scopes.first(where: { $0.id == scope }) else {
            throw ToolError(Messages.unknownScope(scope, revision.allScopeIDs))
        }
        if let framework = loaded.framework?.framework, framework.indicator(indicator) == nil {
            throw ToolError(
                Messages.unknownIndicatorInScope(indicator, scope, known: framework.indicators.map(\.id)))
        }
        guard let owner = loaded.manifest?.ownerID(of: indicator) else {
            throw ToolError(Messages.evidenceNoOwner(indicator, scope))
        }
        guard AssessmentPath.isAgencyID(owner) else {
            throw ToolError(
                Messages.lintWorktreeHint(Messages.manifestAgencyID(owner, AssessmentPath.manifest(of: scope))))
        }
        let agencyPath = AssessmentPath.agencyFile(of: owner, in: scope)
        let agencyFile = loaded.agencyFiles.first { $0.path == agencyPath }
        if let agencyFile, !Self.canTakeEvidence(agencyFile.document, indicator: indicator) {
            throw ToolError(Messages.lintWorktreeHint(Messages.evidenceFileInvalid(agencyPath)))
        }
        let cycle = loaded.manifest?.cycle.id ?? ""
        let template = { try JSONParser().parse(Templates.agencyFile(agency: owner, cycle: cycle)).root }
        let document = try agencyFile?.document?.root ?? template()
        // `..` resolved first: a path that only looks inside the working tree is not in it.
        let absolute = PlainPaths.lexicallyNormalized(SourceOptions.absolute(file, in: context.currentDirectory))
        let path = String(absolute.dropFirst(root.count + 1))
        guard absolute.hasPrefix(root + "/"), !path.hasPrefix(".git/"), PlainPaths.isReadableInside(path, root: root),
            let bytes = context.files.contents(absolute)
        else {
            throw ToolError(Messages.evidenceFileOutside(file))
        }
        let cited = (document["indicators"]?[indicator]?["evidence"]?.elements ?? []).compactMap { $0["path"]?.string }
        guard !cited.contains(path) else { throw ToolError(Messages.evidenceAlreadyCited(path, indicator)) }
        var item: [(String, OutputJSON)] = [
            ("title", .string(title ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)),
            ("kind", .string(kind.rawValue)), ("path", .string(path)),
            ("sha256", .string(EvidenceHash.of(bytes))),
        ]
        if let date { item.append(("date", .string(date))) }
        if !requirements.isEmpty { item.append(("satisfies", .array(requirements.map(OutputJSON.string)))) }
        let (output, isNewEntry) = EvidenceRecords.add(document, indicator: indicator, item: .object(item))
        try context.writeWorkingTree([agencyPath: Array(output.rendered.utf8)], root: root)
        context.stdout.line(Messages.evidenceAdded(path, indicator, agencyPath).text(context.language))
        if agencyFile == nil { context.stdout.line(Messages.agencyFileCreated(agencyPath).text(context.language)) }
        if isNewEntry { context.stdout.line(Messages.evidenceNewEntry(indicator).text(context.language)) }
        IdentityCheck.warn(unlessMayChange: [owner], in: loaded.manifest, repository: repository, context)
        return .success
    }
}

import Foundation
import GitStore
import SPBECore

/// `spbe agency add ID --name … --maintainer EMAIL [--indicators P01,P02]`: the coordinator adds an agency to a
/// scope's manifest and creates its file in the working tree; the indicators it is given leave their old owner,
/// with any entry already assessed (`AgencyEdit`). Never commits.
struct AgencyAddCommand: Command {
    static let name = "agency add"
    static let summary = Localized(
        en: "add an agency to the manifest and create its file (the coordinator's work)",
        indonesian: "tambahkan perangkat daerah ke manifes dan buat berkasnya (tugas koordinator)")
    static let agencyName = Option<String>(
        "name", value: "NAME",
        help: Localized(
            en: "the agency's official name (required)", indonesian: "nama resmi perangkat daerah (wajib)"))
    static let maintainer = CommonOptions.email(
        "maintainer",
        help: Localized(
            en: "the email its admin commits with (required, repeatable)",
            indonesian: "surel yang dipakai pengelolanya untuk commit (wajib, boleh diulang)"))
    static let indicators = CommonOptions.indicatorList(
        help: Localized(
            en: "the indicators it owns, taken from their current owner (default: none yet)",
            indonesian: "indikator miliknya, diambil dari pemilik sekarang (bawaan: belum ada)"))
    static let options: [any OptionDeclaration] = [
        SourceOptions.repository, SourceOptions.scope, agencyName, maintainer, indicators,
    ]
    static let positionals = Arity.exactly("ID")

    let repositoryPath: String?
    let scopes: [String]
    let id: String
    let agencyName: String
    let maintainers: [String]
    let indicators: [String]

    init(_ arguments: ParsedArguments) throws {
        id = arguments.positionals[0]
        guard AssessmentPath.isAgencyID(id) else { throw UsageError(Messages.badAgencyID(id)) }
        repositoryPath = try arguments[SourceOptions.repository]
        scopes = try arguments.all(SourceOptions.scope)
        guard let name = try arguments[Self.agencyName], !name.isEmpty else {
            throw UsageError(Messages.missingOption("--name NAME"))
        }
        agencyName = name
        maintainers = try arguments.all(Self.maintainer)
        guard !maintainers.isEmpty else { throw UsageError(Messages.missingOption("--maintainer EMAIL")) }
        indicators = try CommonOptions.indicators(arguments, Self.indicators)
    }

    func run(_ context: Context) throws -> ExitCode {
        try Self.apply(
            .add(name: agencyName, maintainers: maintainers), to: id, indicators: indicators, scopes: scopes,
            repositoryPath: repositoryPath, context)
    }

    /// Edits the manifest and files of the one scope chosen (`--scope` when there are several), then says what
    /// changed and warns when the local identity is not a coordinator. Shared with `agency set`.
    static func apply(
        _ change: AgencyEdit.Change, to id: String, indicators: [String], scopes: [String], repositoryPath: String?,
        _ context: Context
    ) throws -> ExitCode {
        let (revision, root, repository) = try EvidenceCommand.workingTree(repositoryPath, scopes: scopes, context)
        guard revision.scopes.count == 1, let scope = revision.scopes.first else {
            throw UsageError(Messages.chooseScope(revision.scopes.map(\.id)))
        }
        let edit: AgencyEdit
        do {
            edit = try AgencyEdit(scope: scope, id: id, change: change, indicators: indicators)
        } catch { throw ToolError(Messages.manifestEdit(error)) }
        // Nothing to write is said as such: giving an agency what it owns takes nothing from anyone.
        guard edit.files.contains(where: { !Self.sameContent(context.files.contents(root + "/" + $0.key), $0.value) })
        else {
            context.stdout.line(Messages.agencyUnchanged(id, indicators).text(context.language))
            return .success
        }
        try context.writeWorkingTree(edit.files, root: root)
        IdentityCheck.warn(unlessMayChange: [nil], in: scope.manifest, repository: repository, context)
        context.stdout.line(Messages.agencyEdited(id, edit).text(context.language))
        return .success
    }

    /// Whether a file holds the same JSON as `new`, whatever its layout.
    static func sameContent(_ old: [UInt8]?, _ new: [UInt8]) -> Bool {
        guard let old, let before = try? JSONParser().parse(old), let after = try? JSONParser().parse(new) else {
            return false
        }
        return OutputJSON(before.root).rendered == OutputJSON(after.root).rendered
    }
}

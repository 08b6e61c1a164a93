import Foundation
import GitStore
import SPBECore

/// `spbe scope add ID --name … --category …`: a second instansi in the repository (a province keeping its
/// regencies beside it), on the framework and cycle of the scopes already there, its manifest giving every
/// indicator to the coordinating agency as `init` does. Written in the working tree; never commits.
struct ScopeAddCommand: Command {
    static let name = "scope add"
    static let summary = Localized(
        en: "add another instansi (scope) to the repository, on the same framework and cycle",
        indonesian: "tambahkan instansi (lingkup) lain ke repositori, dengan kerangka dan siklus yang sama")
    static let scopeName = Option<String>(
        "name", value: "NAME",
        help: Localized(
            en: "the instansi's official name (default: from the id, kabupaten-lama → Pemerintah Kabupaten Lama)",
            indonesian: "nama resmi instansi (bawaan: dari id, kabupaten-lama → Pemerintah Kabupaten Lama)"))
    static let options: [any OptionDeclaration] = [
        SourceOptions.repository, scopeName, CommonOptions.category, CommonOptions.coordinatorEmail,
    ]
    static let positionals = Arity.exactly("ID")

    let repositoryPath: String?
    let id: String
    let scopeName: String?
    let category: String?
    let coordinatorEmail: String?

    init(_ arguments: ParsedArguments) throws {
        id = arguments.positionals[0]
        guard AssessmentPath.isID(id) else { throw UsageError(Messages.badScopeID(id)) }
        repositoryPath = try arguments[SourceOptions.repository]
        scopeName = try arguments[Self.scopeName]
        if scopeName?.isEmpty == true { throw UsageError(Messages.emptyValue("--name")) }
        category = try arguments[CommonOptions.category]
        coordinatorEmail = try arguments[CommonOptions.coordinatorEmail]
    }

    func run(_ context: Context) throws -> ExitCode {
        let repository = try SourceOptions.openRepository(repositoryPath, context)
        guard let root = repository.workingDirectory.map({ $0.hasSuffix("/") ? String($0.dropLast()) : $0 }) else {
            throw ToolError(Messages.bareRepository)
        }
        let folder = AssessmentPath.folder + "/" + id
        guard !context.files.exists(root + "/" + folder) else { throw ToolError(Messages.scopeExists(folder)) }
        let revision = try RevisionReader(repository: repository, context: context, detail: .documents).load(
            try WorktreeSnapshot(repository: repository), scopes: [])
        let identity = repository.authorIdentity(environment: context.environment)
        guard let email = coordinatorEmail ?? identity.email, EmailAddress.isValid(email) else {
            throw UsageError(Messages.noCoordinatorEmail)
        }
        let neighbour = revision.scopes.first { $0.manifest != nil && $0.framework != nil }
        let cycle = neighbour?.manifest?.cycle.id ?? String(context.today.prefix(4))
        let framework = try neighbour?.framework?.framework ?? InitCommand.currentFramework(year: cycle)
        let manifest = AssessmentPath.manifest(of: id)
        let files = [
            manifest: Templates.manifest(
                scope: id, name: scopeName, category: category, framework: framework, cycle: cycle,
                coordinator: email),
            AssessmentPath.agencyFile(of: Templates.coordinatingAgency, in: id): Templates.agencyFile(
                agency: Templates.coordinatingAgency, cycle: cycle),
        ]
        try context.writeWorkingTree(files, root: root)
        // A new scope folder is the coordinators' to add, as lint --base judges it against the scopes there.
        IdentityCheck.warn(
            unlessMayChange: [nil], inAll: revision.scopes.compactMap(\.manifest), repository: repository, context)
        context.stdout.line(
            Messages.scopeAdded(id, manifest: manifest, framework: framework.id, cycle: cycle).text(context.language))
        return .success
    }
}

import SPBECore

/// `spbe agency set ID [--name …] [--maintainer EMAIL…] [--indicators P05,P06]`: the coordinator changes an
/// agency of the manifest: its name, its maintainers (the list is replaced: the placeholder `init` writes goes
/// this way), and indicators given to it from their owners with any assessed entry (`AgencyEdit`). Never commits.
struct AgencySetCommand: Command {
    static let name = "agency set"
    static let summary = Localized(
        en: "change an agency in the manifest: name, maintainers, indicators given to it (the coordinator's work)",
        indonesian:
            "ubah perangkat daerah di manifes: nama, pengelola, indikator yang diberikan kepadanya (tugas koordinator)")
    static let agencyName = Option<String>(
        "name", value: "NAME",
        help: Localized(en: "the agency's official name", indonesian: "nama resmi perangkat daerah"))
    static let maintainer = CommonOptions.email(
        "maintainer",
        help: Localized(
            en: "the email its admin commits with (repeatable; replaces the list)",
            indonesian: "surel yang dipakai pengelolanya untuk commit (boleh diulang; menggantikan daftarnya)"))
    static let indicators = CommonOptions.indicatorList(
        help: Localized(
            en: "indicators given to it, taken from their current owner",
            indonesian: "indikator yang diberikan kepadanya, diambil dari pemilik sekarang"))
    static let options: [any OptionDeclaration] = [
        SourceOptions.repository, SourceOptions.scope, agencyName, maintainer, indicators,
    ]
    static let positionals = Arity.exactly("ID")

    let repositoryPath: String?
    let scopes: [String]
    let id: String
    let agencyName: String?
    let maintainers: [String]
    let indicators: [String]

    init(_ arguments: ParsedArguments) throws {
        id = arguments.positionals[0]
        guard AssessmentPath.isAgencyID(id) else { throw UsageError(Messages.badAgencyID(id)) }
        repositoryPath = try arguments[SourceOptions.repository]
        scopes = try arguments.all(SourceOptions.scope)
        agencyName = try arguments[Self.agencyName]
        if agencyName?.isEmpty == true { throw UsageError(Messages.emptyValue("--name")) }
        maintainers = try arguments.all(Self.maintainer)
        indicators = try CommonOptions.indicators(arguments, Self.indicators)
        guard agencyName != nil || !maintainers.isEmpty || !indicators.isEmpty else {
            throw UsageError(Messages.nothingToSet)
        }
    }

    func run(_ context: Context) throws -> ExitCode {
        try AgencyAddCommand.apply(
            .update(name: agencyName, maintainers: maintainers.isEmpty ? nil : maintainers), to: id,
            indicators: indicators, scopes: scopes, repositoryPath: repositoryPath, context)
    }
}

import GitStore
import SPBECore

/// `spbe codeowners`: a CODEOWNERS file from the manifests, so the forge asks the owning agency (or the
/// coordinators) to approve every change; pairs with `lint --base`'s author check.
struct CodeownersCommand: Command {
    static let name = "codeowners"
    static let summary = Localized(
        en: "print a CODEOWNERS file (GitHub or GitLab) from the manifests' maintainers",
        indonesian: "cetak berkas CODEOWNERS (GitHub atau GitLab) dari pengelola di manifes")
    enum Format: String, CaseIterable { case github, gitlab }

    static let format = Option<Format>.format
    static let options: [any OptionDeclaration] = SourceOptions.options() + [format]

    let source: SourceOptions
    let format: Format

    init(_ arguments: ParsedArguments) throws {
        source = try SourceOptions(arguments)
        format = try arguments[Self.format] ?? .github
    }

    func run(_ context: Context) throws -> ExitCode {
        let (repository, snapshot) = try source.open(context)
        let revision = try RevisionReader(repository: repository, context: context, detail: .assessments).load(
            snapshot, scopes: source.scopes)
        try CommonOptions.requireScopes(revision, wanted: source.scopes)
        let manifests = revision.scopes.compactMap { scope in
            scope.manifest.map { (scope.id, $0, Self.citedEvidence(scope)) }
        }
        context.stdout.write(Self.render(manifests, gitlab: format == .gitlab, language: context.language))
        return .success
    }

    /// Evidence paths each agency's file cites below `evidence/`, outside that agency's own `evidence/<agency>/`
    /// folder (evidence elsewhere is the coordinators', as `lint --base` judges it).
    static func citedEvidence(_ scope: LoadedScope) -> [String: [String]] {
        var cited: [String: [String]] = [:]
        for file in scope.assessments {
            let own = "\(AssessmentPath.evidenceFolder)/\(file.agency)/"
            let paths = file.indicators.flatMap(\.evidence).compactMap(\.path).filter {
                $0.hasPrefix(AssessmentPath.evidenceFolder + "/") && !$0.hasPrefix(own)
            }
            if !paths.isEmpty { cited[file.agency] = Array(Set(paths)).sorted() }
        }
        return cited
    }

    /// Later lines win in both forges, so the general rules come first (a catch-all for the coordinators: every
    /// path the manifests do not give to an agency is theirs) and each agency's files last. Evidence
    /// belongs to the agency whose folder it is in or whose file cites it. CODEOWNERS works per file, so the
    /// assessors' right to the `assessor` levels inside agency files is checked by `lint --base` alone.
    static func render(_ manifests: [(String, Manifest, [String: [String]])], gitlab: Bool, language: Language)
        -> String
    {
        var out = "# " + Messages.codeownersHeader.text(language) + "\n"
        let coordinators = Array(Set(manifests.flatMap { $0.1.coordinatorMaintainers })).sorted()
        if gitlab { out += "\n[SPBE]\n" }
        out += "* \(coordinators.joined(separator: " "))\n"
        out += "/schemas/ \(coordinators.joined(separator: " "))\n"
        out += "/\(AssessmentPath.evidenceFolder)/ \(coordinators.joined(separator: " "))\n"
        for (scope, manifest, cited) in manifests {
            let scopeCoordinators = manifest.coordinatorMaintainers.joined(separator: " ")
            if gitlab { out += "\n[\(manifest.id)]\n" } else { out += "\n# \(manifest.name)\n" }
            out += "/\(AssessmentPath.scopeFolder(scope))/ \(scopeCoordinators)\n"
            for agency in manifest.agencies {
                let owners = (agency.maintainers + manifest.coordinatorMaintainers).joined(separator: " ")
                out += "/\(AssessmentPath.agencyFile(of: agency.id, in: scope)) \(owners)\n"
                out += "/\(AssessmentPath.evidenceFolder)/\(agency.id)/ \(owners)\n"
                for path in cited[agency.id] ?? [] { out += "/\(path) \(owners)\n" }
            }
        }
        return out
    }
}

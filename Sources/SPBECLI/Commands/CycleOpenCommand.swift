import Foundation
import GitStore
import SPBECore

/// `spbe cycle open ID`: the coordinator opens a review cycle in the working tree (same framework or a new one):
/// manifests and agency files prepared, the framework file and this spbe's schemas in place. Never commits.
struct CycleOpenCommand: Command {
    static let name = "cycle open"
    static let summary = Localized(
        en: "open a review cycle (same or new framework): manifest and agency files prepared in the working tree",
        indonesian:
            "buka siklus penilaian (kerangka sama atau baru): manifes dan berkas perangkat daerah disiapkan di pohon kerja"
    )
    static let framework = Option<String>(
        "framework", value: "ID",
        help: Localized(
            en: "the cycle's framework (default: the one that applies to the cycle, else the current one)",
            indonesian: "kerangka siklus (bawaan: yang berlaku untuk siklus itu, atau yang sekarang)"),
        completion: .choices(BuiltIn.frameworks.map(\.id)))
    static let owners = Option<String>(
        "owners", value: "FILE",
        help: Localized(
            en: "a JSON file {\"agency\": [\"indicator\", …]} saying who owns what; the rest goes to the coordinator",
            indonesian:
                "berkas JSON {\"perangkat-daerah\": [\"indikator\", …]} pemilik tiap indikator; sisanya ke koordinator")
    )
    static let options: [any OptionDeclaration] = [SourceOptions.repository, SourceOptions.scope, framework, owners]
    static let positionals = Arity.exactly("ID")

    let repositoryPath: String?
    let scopes: [String]
    let cycle: String
    let frameworkID: String?
    let ownersPath: String?

    init(_ arguments: ParsedArguments) throws {
        cycle = arguments.positionals[0]
        guard !cycle.isEmpty, cycle.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
            throw UsageError(Messages.badCycleID(cycle))
        }
        repositoryPath = try arguments[SourceOptions.repository]
        scopes = try arguments.all(SourceOptions.scope)
        frameworkID = try arguments[Self.framework]
        ownersPath = try arguments[Self.owners]
    }

    func run(_ context: Context) throws -> ExitCode {
        let repository = try SourceOptions.openRepository(repositoryPath, context)
        guard let root = repository.workingDirectory else { throw ToolError(Messages.bareRepository) }
        // What it writes must start clean; other files (a report left in the folder) do not matter.
        let dirty = try repository.uncommittedPaths().filter {
            $0.hasPrefix(AssessmentPath.folder + "/") || $0.hasPrefix("schemas/")
        }
        guard dirty.isEmpty else { throw ToolError(Messages.dirtyTree(dirty)) }
        let snapshot = try WorktreeSnapshot(repository: repository)
        let revision = try RevisionReader(repository: repository, context: context, detail: .documents).load(
            snapshot, scopes: scopes)
        try CommonOptions.requireScopes(revision, wanted: scopes)
        let owners = try ownersPath.map {
            try Self.readOwners(
                context.files.contents(SourceOptions.absolute($0, in: context.currentDirectory)), shown: $0)
        }
        var files: [String: [UInt8]] = [:]
        var openings: [CycleOpening] = []
        for scope in revision.scopes {
            let (framework, frameworkFile) = try resolveFramework(scope, snapshot: snapshot)
            if let frameworkFile { files[frameworkFile.path] = frameworkFile.bytes }
            let opening = try Self.open(scope, cycle: cycle, framework: framework, owners: owners)
            files.merge(opening.files) { $1 }
            openings.append(opening)
        }
        var schemas: [String] = []
        for (name, bytes) in BuiltIn.schemas.sorted(by: { $0.key < $1.key }) {
            let path = "schemas/\(name)"
            if (try? snapshot.entry(at: path)).flatMap({ $0 }).map({ (try? snapshot.read($0)) != bytes }) ?? true {
                files[path] = bytes
                schemas.append(path)
            }
        }
        try context.writeWorkingTree(files, root: root.hasSuffix("/") ? String(root.dropLast()) : root)
        context.stdout.write(CycleReport(openings: openings, schemas: schemas, language: context.language).text())
        return .success
    }

    /// The framework for the cycle and, when it is the built-in copy the repository lacks, the file to add.
    private func resolveFramework(_ scope: LoadedScope, snapshot: WorktreeSnapshot) throws -> (
        Framework, (path: String, bytes: [UInt8])?
    ) {
        let id =
            frameworkID ?? BuiltIn.frameworks.first { $0.applies(toCycle: cycle) }?.id ?? scope.manifest?.framework
            ?? ""
        let path = "schemas/frameworks/\(id).json"
        if let entry = try snapshot.entry(at: path) {
            guard let framework = try? Framework(try JSONParser().parse(try snapshot.read(entry)).root) else {
                throw ToolError(LoadMessages.invalidFramework(path, Messages.lintWorktreeShowsWhy))
            }
            return (framework, nil)
        }
        guard let framework = BuiltIn.framework(id), let bytes = BuiltIn.frameworkFiles[id] else {
            throw ToolError(LoadMessages.unknownFramework(id, path))
        }
        return (framework, (path, bytes))
    }

    static func open(_ scope: LoadedScope, cycle: String, framework: Framework, owners: [String: [String]]?) throws
        -> CycleOpening
    {
        do {
            return try CycleOpening(
                scope: scope, cycle: cycle, framework: framework, owners: owners, start: "\(cycle)-01-01",
                end: "\(cycle)-12-31")
        } catch {
            if case .invalidFile = error { throw ToolError(Messages.lintWorktreeHint(error.message)) }
            throw ToolError(error.message)
        }
    }

    /// `{"agency": ["indicator", …]}`.
    static func readOwners(_ bytes: [UInt8]?, shown: String) throws -> [String: [String]] {
        guard let bytes else { throw ToolError(Messages.noSuchFile(shown)) }
        guard let root = try? JSONParser().parse(bytes).root, let members = root.members,
            members.allSatisfy({ $0.node.elements?.allSatisfy { $0.string != nil } ?? false })
        else {
            throw ToolError(Messages.badOwnersFile(shown))
        }
        var owners: [String: [String]] = [:]
        for member in members { owners[member.key, default: []] += (member.node.elements ?? []).compactMap(\.string) }
        return owners
    }
}

import Foundation
import GitStore
import SPBECore

/// `spbe init DIR`: a new assessment repository with schemas, framework, a manifest, CI files and a pre-commit
/// hook; `--example` commits the illustrative Kota Contoh's four cycles (`ExampleHistory`) instead. Written with libgit2.
struct InitCommand: Command {
    static let name = "init"
    static let summary = Localized(
        en: "create a new assessment repository (--example: with four cycles of history)",
        indonesian: "buat repositori penilaian baru (--example: dengan riwayat empat siklus)")
    static let example = Flag(
        "example",
        help: Localized(
            en:
                "commit the illustrative Kota Contoh: cycles 2022-2024 on spbe-2020 and 2026 on pemdi-2026 (tagged cycle/…)",
            indonesian:
                "commit contoh ilustratif Kota Contoh: siklus 2022-2024 (spbe-2020) dan 2026 (pemdi-2026), bertag cycle/…"
        ))
    static let scope = CommonOptions.id(
        "scope",
        help: Localized(
            en: "the instansi id (default: from the folder's name)",
            indonesian: "id instansi (bawaan: dari nama folder)"))
    static let nameOption = Option<String>(
        "name", value: "NAME",
        help: Localized(
            en: "the instansi's official name (default: from the id, kota-baru → Pemerintah Kota Baru)",
            indonesian: "nama resmi instansi (bawaan: dari id, kota-baru → Pemerintah Kota Baru)"))
    static let category = CommonOptions.category
    static let coordinatorName = Option<String>(
        "coordinator-name", value: "NAME",
        help: Localized(
            en: "the coordinator's name for the first commit (default: git config user.name)",
            indonesian: "nama koordinator untuk commit pertama (bawaan: git config user.name)"))
    static let coordinatorEmail = CommonOptions.coordinatorEmail
    static let options: [any OptionDeclaration] = [
        example, scope, nameOption, category, coordinatorName, coordinatorEmail,
    ]
    static let positionals = Arity.exactly("DIR")

    let directory: String
    let example: Bool
    let scope: String?
    let name: String?
    let category: String?
    let coordinatorName: String?
    let coordinatorEmail: String?

    init(_ arguments: ParsedArguments) throws {
        directory = arguments.positionals[0]
        example = arguments[Self.example]
        scope = try arguments[Self.scope]
        name = try arguments[Self.nameOption]
        category = try arguments[Self.category]
        coordinatorName = try arguments[Self.coordinatorName]
        coordinatorEmail = try arguments[Self.coordinatorEmail]
    }

    func run(_ context: Context) throws -> ExitCode {
        let path = SourceOptions.absolute(directory, in: context.currentDirectory)
        let repository = try Self.emptyRepository(at: path, shown: directory, context.files)
        if example {
            try Self.commitExample(into: repository)
        } else {
            let now = context.now()
            let year = String(Dates.day(now).prefix(4))
            let framework = try Self.currentFramework(year: year)
            let identity = repository.authorIdentity(environment: context.environment)
            // git's own email is checked as --coordinator-email is: it goes into the manifest.
            guard let email = coordinatorEmail ?? identity.email, EmailAddress.isValid(email) else {
                throw UsageError(Messages.noCoordinatorEmail)
            }
            let author = coordinatorName ?? identity.name ?? "Tim Koordinasi SPBE"
            let id = scope ?? Self.scopeID(from: URL(fileURLWithPath: path).lastPathComponent)
            var files = Scaffold.files(scope: id, framework: framework, language: context.language)
            files[AssessmentPath.manifest(of: id)] = Templates.manifest(
                scope: id, name: name, category: category, framework: framework, cycle: year, coordinator: email)
            files[AssessmentPath.agencyFile(of: Templates.coordinatingAgency, in: id)] = Templates.agencyFile(
                agency: Templates.coordinatingAgency, cycle: year)
            let signature = Signature(name: author, email: email, time: now, offsetMinutes: 420)
            try repository.commit(
                files: files, executables: Scaffold.executables, message: "Inisialisasi repositori penilaian SPBE\n",
                author: signature, committer: signature)
        }
        try repository.checkoutHead()
        context.stdout.line(Messages.initialized(directory, example: example).text(context.language))
        return .success
    }

    /// A new repository at `path`, or the one already there when it has no commit and nothing but `.git` (an
    /// empty clone); anything else is refused.
    static func emptyRepository(at path: String, shown: String, _ files: any FileSystem) throws -> Repository {
        let existing = files.list(path) ?? []
        if existing.isEmpty { return try Repository.create(at: path) }
        guard existing == [".git"], let repository = try? Repository(discoveringFrom: path), repository.isEmpty else {
            throw ToolError(Messages.folderNotEmpty(shown))
        }
        return repository
    }

    /// The built-in framework that applies to this year's cycle (the latest one, should none apply).
    static func currentFramework(year: String) throws -> Framework {
        let latest = BuiltIn.frameworks.max { ($0.appliesFrom ?? "") < ($1.appliesFrom ?? "") }
        guard let framework = BuiltIn.frameworks.first(where: { $0.applies(toCycle: year) }) ?? latest else {
            throw ToolError(LoadMessages.unknownFramework("", "schemas/frameworks/"))
        }
        return framework
    }

    /// Commits the example instansi's scripted history (`ExampleHistory`) as it lists it.
    static func commitExample(into repository: Repository) throws {
        guard let framework = BuiltIn.framework(ExampleInstansi.framework),
            let pemdi = BuiltIn.framework(ExampleInstansi.pemdiFramework)
        else { throw ToolError(LoadMessages.unknownFramework(ExampleInstansi.framework, "schemas/frameworks/")) }
        let history = ExampleHistory(
            framework: framework, pemdi: pemdi,
            baseFiles: Scaffold.files(scope: ExampleInstansi.scope, framework: framework, language: .id))
        for step in try history.steps() {
            switch step {
            case .commit(let files, let message, let author, let time):
                let signature = Signature(
                    name: author.name, email: author.email, time: time, offsetMinutes: ExampleHistory.offsetMinutes)
                try repository.commit(
                    files: files, executables: Scaffold.executables, message: message, author: signature,
                    committer: signature)
            case .tag(let name, let message, let tagger, let time):
                let signature = Signature(
                    name: tagger.name, email: tagger.email, time: time, offsetMinutes: ExampleHistory.offsetMinutes)
                try repository.tag(
                    name, at: try repository.resolveRevision("HEAD"), message: message, tagger: signature)
            }
        }
    }

    /// A kebab-case id from a folder name: `Kota Contoh` → `kota-contoh`.
    static func scopeID(from name: String) -> String {
        let words = name.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? "instansi" : words.joined(separator: "-")
    }
}

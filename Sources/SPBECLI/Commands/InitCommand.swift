import Foundation
import GitStore
import SPBECore

/// `spbe init DIR`: a new assessment repository with schemas, framework, a manifest, CI files and a pre-commit
/// hook; `--example` commits three cycles of the illustrative Kota Contoh instead. Written with libgit2.
struct InitCommand: Command {
    static let name = "init"
    static let summary = Localized(
        en: "create a new assessment repository (--example: with four cycles of history)",
        id: "buat repositori penilaian baru (--example: dengan riwayat empat siklus)")
    static let example = Flag(
        "example",
        help: Localized(
            en:
                "commit the illustrative Kota Contoh: cycles 2022-2024 on spbe-2020 and 2026 on pemdi-2026 (tagged cycle/…)",
            id:
                "commit contoh ilustratif Kota Contoh: siklus 2022-2024 (spbe-2020) dan 2026 (pemdi-2026), bertag cycle/…"
        ))
    static let scope = Option<String>(
        "scope", value: "ID",
        help: Localized(
            en: "the instansi id (default: from the folder's name)", id: "id instansi (bawaan: dari nama folder)")
    ) { scope in
        guard !scope.isEmpty, scope.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw UsageError(Messages.badScopeID(scope))
        }
        return scope
    }
    static let nameOption = Option<String>(
        "name", value: "NAME",
        help: Localized(
            en: "the coordinator's name for the first commit (default: git config user.name)",
            id: "nama koordinator untuk commit pertama (bawaan: git config user.name)"))
    static let emailOption = Option<String>(
        "email", value: "EMAIL",
        help: Localized(
            en: "the coordinator's email, written into the manifest (default: git config user.email)",
            id: "surel koordinator, ditulis ke manifes (bawaan: git config user.email)")
    ) { email in
        guard email.contains("@"), !email.contains(" ") else { throw UsageError(Messages.badEmail(email)) }
        return email
    }
    static let options: [any OptionDeclaration] = [example, scope, nameOption, emailOption]
    static let positionals = Arity.exactly("DIR")

    let directory: String
    let example: Bool
    let scope: String?
    let coordinatorName: String?
    let coordinatorEmail: String?

    init(_ arguments: ParsedArguments) throws {
        directory = arguments.positionals[0]
        example = arguments[Self.example]
        scope = try arguments[Self.scope]
        coordinatorName = try arguments[Self.nameOption]
        coordinatorEmail = try arguments[Self.emailOption]
    }

    func run(_ context: Context) throws -> ExitCode {
        let path = SourceOptions.absolute(directory, in: context.currentDirectory)
        let repository = try Self.emptyRepository(at: path, shown: directory)
        if example {
            try ExampleHistory(
                framework: try CycleCommand.parse(BuiltIn.frameworks[ExampleInstansi.framework] ?? []),
                pemdi: try CycleCommand.parse(BuiltIn.frameworks[ExampleInstansi.pemdiFramework] ?? [])
            ).commit(into: repository, context: context)
        } else {
            let now = Int64(Date().timeIntervalSince1970)
            let year = String(Dates.day(now).prefix(4))
            let framework = try Self.currentFramework(year: year)
            guard let email = coordinatorEmail ?? repository.configValue("user.email") else {
                throw UsageError(Messages.noCoordinatorEmail)
            }
            let name = coordinatorName ?? repository.configValue("user.name") ?? "Tim Koordinasi SPBE"
            let id = scope ?? Self.scopeID(from: URL(fileURLWithPath: path).lastPathComponent)
            var files = Scaffold.files(scope: id, framework: framework)
            files[AssessmentPath.manifest(of: id)] = Scaffold.manifest(
                scope: id, framework: framework, cycle: year, coordinator: email)
            files[AssessmentPath.agencyFile(of: "diskominfo", in: id)] = Scaffold.agencyTemplate(cycle: year)
            let signature = Signature(name: name, email: email, time: now, offsetMinutes: 420)
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
    static func emptyRepository(at path: String, shown: String) throws -> Repository {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if existing.isEmpty { return try Repository.create(at: path) }
        guard existing == [".git"], let repository = try? Repository(discoveringFrom: path), repository.isEmpty else {
            throw ToolError(Messages.folderNotEmpty(shown))
        }
        return repository
    }

    /// The built-in framework that applies to this year's cycle (the latest one, should none apply).
    static func currentFramework(year: String) throws -> Framework {
        let frameworks = try BuiltIn.frameworks.keys.sorted().map { try CycleCommand.parse(BuiltIn.frameworks[$0]!) }
        return frameworks.first { $0.applies(toCycle: year) }
            ?? frameworks.max { ($0.appliesFrom ?? "") < ($1.appliesFrom ?? "") }!
    }

    /// A kebab-case id from a folder name: `Kota Contoh` → `kota-contoh`.
    static func scopeID(from name: String) -> String {
        let words = name.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? "instansi" : words.joined(separator: "-")
    }
}

/// Commits the example instansi's cycles, each agency committing its own file, the coordinator opening each
/// cycle, entering the assessors' levels (2023, 2026) and tagging `cycle/<year>`; 2026 is opened on the Indeks
/// Pemdi as `spbe cycle open 2026 --owners` would.
struct ExampleHistory {
    let framework: Framework
    let pemdi: Framework

    func commit(into repository: Repository, context: Context) throws {
        let example = ExampleInstansi(framework: framework)
        var files = Scaffold.files(scope: ExampleInstansi.scope, framework: framework)
        var clock: Int64 = 0
        func signature(_ name: String, _ email: String) -> Signature {
            Signature(name: name, email: email, time: clock, offsetMinutes: 420)
        }
        let coordinator = signature("Tim Koordinasi SPBE", ExampleInstansi.coordinatorEmail)
        for year in ExampleInstansi.cycles {
            clock = Self.epoch(year: year, month: 2, day: 1)
            if year > ExampleInstansi.cycles[0] {
                // Opened as `spbe cycle open` does: levels carried over, the assessors' levels cleared.
                let revision = try RevisionReader(repository: repository, context: context, detail: .documents).load(
                    try repository.resolveRevision("HEAD"), scopes: [ExampleInstansi.scope])
                if let scope = revision.scopes.first {
                    files.merge(
                        try CycleCommand.open(scope, cycle: String(year), framework: framework, owners: nil).files
                    ) { $1 }
                }
            }
            files[AssessmentPath.manifest(of: ExampleInstansi.scope)] = example.manifest(cycle: year)
            try repository.commit(
                files: files, executables: Scaffold.executables, message: "Buka siklus penilaian \(year)\n",
                author: signature(coordinator.name, coordinator.email),
                committer: signature(coordinator.name, coordinator.email))
            for (number, agency) in ExampleInstansi.agencies.enumerated() {
                clock = Self.epoch(year: year, month: 3, day: 1) + Int64(number) * 3 * 86_400 + 9 * 3600
                files[AssessmentPath.agencyFile(of: agency.id, in: ExampleInstansi.scope)] = example.agencyFile(
                    agency.id, cycle: year, assessors: false)
                for (path, bytes) in example.evidenceFiles(agency.id, cycle: year) { files[path] = bytes }
                let author = signature("Admin SPBE \(agency.name)", ExampleInstansi.maintainer(agency.id))
                try repository.commit(
                    files: files, executables: Scaffold.executables,
                    message: "Penilaian mandiri \(agency.id) \(year)\n", author: author, committer: author)
            }
            if year == 2023 {
                clock = Self.epoch(year: year, month: 9, day: 15)
                for agency in ExampleInstansi.agencies {
                    files[AssessmentPath.agencyFile(of: agency.id, in: ExampleInstansi.scope)] = example.agencyFile(
                        agency.id, cycle: year)
                }
                let signer = signature(coordinator.name, coordinator.email)
                try repository.commit(
                    files: files, executables: Scaffold.executables,
                    message: "Catat hasil penilaian dokumen dan interviu 2023\n", author: signer, committer: signer)
            }
            clock = Self.epoch(year: year, month: 12, day: 20)
            let head = try repository.resolveRevision("HEAD")
            try repository.tag(
                "cycle/\(year)", at: head, message: "Siklus evaluasi SPBE \(year)\n",
                tagger: signature(coordinator.name, coordinator.email))
        }
        try commitPemdiCycle(into: repository, context: context, files: files)
    }

    /// The 2026 cycle: opened with `CycleOpening`, self-assessed by the owning agencies, the document review
    /// recorded, tagged.
    private func commitPemdiCycle(into repository: Repository, context: Context, files: [String: [UInt8]]) throws {
        var files = files
        let example = ExampleInstansi(framework: pemdi)
        func signature(_ name: String, _ email: String, _ time: Int64) -> Signature {
            Signature(name: name, email: email, time: time, offsetMinutes: 420)
        }
        let coordinator = signature(
            "Tim Koordinasi SPBE", ExampleInstansi.coordinatorEmail, Self.epoch(year: 2026, month: 6, day: 15))
        let revision = try RevisionReader(repository: repository, context: context, detail: .documents).load(
            try repository.resolveRevision("HEAD"), scopes: [ExampleInstansi.scope])
        guard let scope = revision.scopes.first else { return }
        let opening = try CycleCommand.open(
            scope, cycle: ExampleInstansi.pemdiCycle, framework: pemdi, owners: ExampleInstansi.pemdiOwners)
        files.merge(opening.files) { $1 }
        files["schemas/checklists/\(pemdi.id).json"] = ExampleInstansi.pemdiChecklistFile
        try repository.commit(
            files: files, executables: Scaffold.executables,
            message: "Buka siklus penilaian 2026 (Indeks Pemdi, PermenPANRB 8/2026)\n", author: coordinator,
            committer: coordinator)
        let owners = ExampleInstansi.agencies.filter { ExampleInstansi.pemdiOwners[$0.id] != nil }
        for (number, agency) in owners.enumerated() {
            let author = signature(
                "Admin SPBE \(agency.name)", ExampleInstansi.maintainer(agency.id),
                Self.epoch(year: 2026, month: 8, day: 3) + Int64(number) * 2 * 86_400 + 9 * 3600)
            files[AssessmentPath.agencyFile(of: agency.id, in: ExampleInstansi.scope)] = example.pemdiAgencyFile(
                agency.id, assessors: false)
            for (path, bytes) in example.pemdiEvidenceFiles(agency.id) { files[path] = bytes }
            try repository.commit(
                files: files, executables: Scaffold.executables, message: "Penilaian mandiri \(agency.id) 2026\n",
                author: author, committer: author)
        }
        for agency in owners {
            files[AssessmentPath.agencyFile(of: agency.id, in: ExampleInstansi.scope)] = example.pemdiAgencyFile(
                agency.id, assessors: true)
        }
        let review = signature(coordinator.name, coordinator.email, Self.epoch(year: 2026, month: 9, day: 28))
        try repository.commit(
            files: files, executables: Scaffold.executables, message: "Catat hasil penilaian dokumen 2026\n",
            author: review, committer: review)
        // Bappeda answers the review: the attendance list P07's level 3 was to revise.
        let bappeda = signature(
            "Admin SPBE Badan Perencanaan Pembangunan Daerah", ExampleInstansi.maintainer("bappeda"),
            Self.epoch(year: 2026, month: 10, day: 5) + 9 * 3600)
        files[AssessmentPath.agencyFile(of: "bappeda", in: ExampleInstansi.scope)] = example.pemdiAgencyFile(
            "bappeda", assessors: true, revised: true)
        try repository.commit(
            files: files, executables: Scaffold.executables, message: "Perbaikan P07: daftar hadir koordinasi\n",
            author: bappeda, committer: bappeda)
        try repository.tag(
            "cycle/2026", at: try repository.resolveRevision("HEAD"),
            message: "Siklus evaluasi Pemerintah Digital 2026\n",
            tagger: signature(coordinator.name, coordinator.email, Self.epoch(year: 2026, month: 10, day: 30)))
    }

    /// Seconds since 1970 of a date at midnight UTC.
    static func epoch(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return (era * 146_097 + dayOfEra - 719_468) * 86_400
    }
}

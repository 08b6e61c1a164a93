import Foundation
import GitStore
import SPBECore

/// `spbe init DIR`: a new assessment repository with schemas, framework, a manifest, CI files and a pre-commit
/// hook; `--example` commits three cycles of the illustrative Kota Contoh instead. Written with libgit2.
struct InitCommand: Command {
    static let name = "init"
    static let summary = Localized(
        en: "create a new assessment repository (--example: with three cycles of history)",
        id: "buat repositori penilaian baru (--example: dengan riwayat tiga siklus)")
    static let example = Flag(
        "example",
        help: Localized(
            en: "commit the illustrative Kota Contoh over the cycles 2022-2024 (tagged cycle/2022 … cycle/2024)",
            id: "commit contoh ilustratif Kota Contoh untuk siklus 2022-2024 (tag cycle/2022 … cycle/2024)"))
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
    static let options: [any OptionDeclaration] = [example, scope]
    static let positionals = Arity.exactly("DIR")

    let directory: String
    let example: Bool
    let scope: String?

    init(_ arguments: ParsedArguments) throws {
        directory = arguments.positionals[0]
        example = arguments[Self.example]
        scope = try arguments[Self.scope]
    }

    func run(_ context: Context) throws -> ExitCode {
        let path = SourceOptions.absolute(directory, in: context.currentDirectory)
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: path), !existing.isEmpty {
            throw ToolError(Messages.folderNotEmpty(directory))
        }
        let repository = try Repository.create(at: path)
        let document = try JSONParser().parse(BuiltIn.frameworks["spbe-2020"] ?? [])
        let framework = try Framework(document.root)
        if example {
            try ExampleHistory(framework: framework).commit(into: repository)
        } else {
            let id = scope ?? Self.scopeID(from: URL(fileURLWithPath: path).lastPathComponent)
            var files = Scaffold.files(scope: id)
            files[AssessmentPath.manifest(of: id)] = Scaffold.manifest(scope: id, framework: framework)
            files[AssessmentPath.agencyFile(of: "diskominfo", in: id)] = Scaffold.agencyTemplate()
            let now = Int64(Date().timeIntervalSince1970)
            let signature = Signature(
                name: "Tim Koordinasi SPBE", email: "tim.spbe@example.go.id", time: now, offsetMinutes: 420)
            try repository.commit(
                files: files, executables: Scaffold.executables, message: "Inisialisasi repositori penilaian SPBE\n",
                author: signature, committer: signature)
        }
        try repository.checkoutHead()
        context.stdout.line(Messages.initialized(directory, example: example).text(context.language))
        return .success
    }

    /// A kebab-case id from a folder name: `Kota Contoh` → `kota-contoh`.
    static func scopeID(from name: String) -> String {
        let words = name.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? "instansi" : words.joined(separator: "-")
    }
}

/// Commits the example instansi's three cycles, each agency committing its own file, the coordinator opening each
/// cycle, entering the 2023 assessors' levels and tagging `cycle/<year>`.
struct ExampleHistory {
    let framework: Framework

    func commit(into repository: Repository) throws {
        let example = ExampleInstansi(framework: framework)
        var files = Scaffold.files(scope: ExampleInstansi.scope)
        var clock: Int64 = 0
        func signature(_ name: String, _ email: String) -> Signature {
            Signature(name: name, email: email, time: clock, offsetMinutes: 420)
        }
        let coordinator = signature("Tim Koordinasi SPBE", ExampleInstansi.coordinatorEmail)
        for year in ExampleInstansi.cycles {
            clock = Self.epoch(year: year, month: 2, day: 1)
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

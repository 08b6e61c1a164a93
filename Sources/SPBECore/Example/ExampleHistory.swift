/// The example instansi's history as steps for `spbe init --example` to commit: each agency committing its own
/// file, the coordinator opening each cycle (as `spbe cycle open` does), entering the assessors' levels (2023,
/// 2026) and tagging `cycle/<year>`; 2026 is opened on the Indeks Pemdi with an owners map.
public struct ExampleHistory {
    /// One commit of the whole tree, or an annotated tag on the last commit.
    public enum Step {
        case commit(files: [String: [UInt8]], message: String, author: Person, time: Int64)
        case tag(name: String, message: String, tagger: Person, time: Int64)
    }

    public struct Person: Sendable, Equatable {
        public let name: String
        public let email: String
    }

    /// Every commit is made at UTC+7 (WIB).
    public static let offsetMinutes: Int32 = 420

    let framework: Framework
    let pemdi: Framework
    /// What every commit holds besides the assessments (schemas, frameworks, README, CI files).
    let baseFiles: [String: [UInt8]]

    public init(framework: Framework, pemdi: Framework, baseFiles: [String: [UInt8]]) {
        self.framework = framework
        self.pemdi = pemdi
        self.baseFiles = baseFiles
    }

    static let coordinator = Person(name: "Tim Koordinasi SPBE", email: ExampleInstansi.coordinatorEmail)

    static func maintainer(_ agency: (id: String, name: String, indicators: [String])) -> Person {
        Person(name: "Admin SPBE \(agency.name)", email: ExampleInstansi.maintainer(agency.id))
    }

    public func steps() throws -> [Step] {
        let example = ExampleInstansi(framework: framework)
        var files = baseFiles
        var steps: [Step] = []
        for year in ExampleInstansi.cycles {
            if year > ExampleInstansi.cycles[0] {
                files.merge(try Self.open(files, cycle: String(year), framework: framework, owners: nil)) { $1 }
            }
            files[AssessmentPath.manifest(of: ExampleInstansi.scope)] = example.manifest(cycle: year)
            steps.append(
                .commit(
                    files: files, message: "Buka siklus penilaian \(year)\n", author: Self.coordinator,
                    time: Self.epoch(year: year, month: 2, day: 1)))
            for (number, agency) in ExampleInstansi.agencies.enumerated() {
                files[AssessmentPath.agencyFile(of: agency.id, in: ExampleInstansi.scope)] = example.agencyFile(
                    agency.id, cycle: year, assessors: false)
                for (path, bytes) in example.evidenceFiles(agency.id, cycle: year) { files[path] = bytes }
                steps.append(
                    .commit(
                        files: files, message: "Penilaian mandiri \(agency.id) \(year)\n",
                        author: Self.maintainer(agency),
                        time: Self.epoch(year: year, month: 3, day: 1) + Int64(number) * 3 * 86_400 + 9 * 3600))
            }
            if year == 2023 {
                for agency in ExampleInstansi.agencies {
                    files[AssessmentPath.agencyFile(of: agency.id, in: ExampleInstansi.scope)] = example.agencyFile(
                        agency.id, cycle: year)
                }
                steps.append(
                    .commit(
                        files: files, message: "Catat hasil penilaian dokumen dan interviu 2023\n",
                        author: Self.coordinator, time: Self.epoch(year: year, month: 9, day: 15)))
            }
            steps.append(
                .tag(
                    name: "cycle/\(year)", message: "Siklus evaluasi SPBE \(year)\n", tagger: Self.coordinator,
                    time: Self.epoch(year: year, month: 12, day: 20)))
        }
        return steps + (try pemdiCycle(files))
    }

    /// The 2026 cycle: opened on the Indeks Pemdi, self-assessed by the owning agencies, the document review
    /// recorded, Bappeda's revision, tagged.
    private func pemdiCycle(_ files: [String: [UInt8]]) throws -> [Step] {
        var files = files
        let example = ExampleInstansi(framework: pemdi)
        files.merge(
            try Self.open(
                files, cycle: ExampleInstansi.pemdiCycle, framework: pemdi, owners: ExampleInstansi.pemdiOwners)
        ) { $1 }
        files["schemas/checklists/\(pemdi.id).json"] = ExampleInstansi.pemdiChecklistFile
        var steps: [Step] = [
            .commit(
                files: files, message: "Buka siklus penilaian 2026 (Indeks Pemdi, PermenPANRB 8/2026)\n",
                author: Self.coordinator, time: Self.epoch(year: 2026, month: 6, day: 15))
        ]
        let owners = ExampleInstansi.agencies.filter { ExampleInstansi.pemdiOwners[$0.id] != nil }
        for (number, agency) in owners.enumerated() {
            files[AssessmentPath.agencyFile(of: agency.id, in: ExampleInstansi.scope)] = example.pemdiAgencyFile(
                agency.id, assessors: false)
            for (path, bytes) in example.pemdiEvidenceFiles(agency.id) { files[path] = bytes }
            steps.append(
                .commit(
                    files: files, message: "Penilaian mandiri \(agency.id) 2026\n", author: Self.maintainer(agency),
                    time: Self.epoch(year: 2026, month: 8, day: 3) + Int64(number) * 2 * 86_400 + 9 * 3600))
        }
        for agency in owners {
            files[AssessmentPath.agencyFile(of: agency.id, in: ExampleInstansi.scope)] = example.pemdiAgencyFile(
                agency.id, assessors: true)
        }
        steps.append(
            .commit(
                files: files, message: "Catat hasil penilaian dokumen 2026\n", author: Self.coordinator,
                time: Self.epoch(year: 2026, month: 9, day: 28)))
        // Bappeda answers the review: the attendance list P07's level 3 was to revise.
        files[AssessmentPath.agencyFile(of: "bappeda", in: ExampleInstansi.scope)] = example.pemdiAgencyFile(
            "bappeda", assessors: true, revised: true)
        let bappeda = ExampleInstansi.agencies.first { $0.id == "bappeda" }.map(Self.maintainer)
        steps.append(
            .commit(
                files: files, message: "Perbaikan P07: daftar hadir koordinasi\n",
                author: bappeda ?? Self.coordinator, time: Self.epoch(year: 2026, month: 10, day: 5) + 9 * 3600))
        steps.append(
            .tag(
                name: "cycle/2026", message: "Siklus evaluasi Pemerintah Digital 2026\n", tagger: Self.coordinator,
                time: Self.epoch(year: 2026, month: 10, day: 30)))
        return steps
    }

    /// The files the cycle's opening changes, opened on the files as they stand exactly as `spbe cycle open`
    /// opens it.
    private static func open(
        _ files: [String: [UInt8]], cycle: String, framework: Framework, owners: [String: [String]]?
    ) throws -> [String: [UInt8]] {
        let revision = try AssessmentLoader(tree: MemoryTree(bytes: files), cache: BlobCache()).load(
            scopes: [ExampleInstansi.scope])
        guard let scope = revision.scopes.first else { return [:] }
        return try CycleOpening(
            scope: scope, cycle: cycle, framework: framework, owners: owners, start: "\(cycle)-01-01",
            end: "\(cycle)-12-31"
        ).files
    }

    /// Seconds since 1970 of a date at midnight UTC.
    public static func epoch(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return (era * 146_097 + dayOfEra - 719_468) * 86_400
    }
}

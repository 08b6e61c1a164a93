import GitStore
import SPBECore

/// A national-scale assessment repository: many scopes shaped like the example instansi (12 agency files each),
/// several cycle tags, and about 30% of the agency files changed per cycle; on spbe-2020 (integer levels) or on
/// pemdi-2026 (decimal values, the example's 2026 ownership).
struct NationalRepository {
    let scopes: Int
    let cycles: Int
    var pemdi = false
    let changedShare = 0.3

    func write(to path: String) throws {
        if pemdi { return try writePemdi(to: path) }
        let repository = try Repository.create(at: path)
        let framework = try Framework(JSONParser().parse(BuiltIn.frameworks["spbe-2020"]!).root)
        let example = ExampleInstansi(framework: framework)
        var random = SplitMix(seed: 59)
        var files = Self.schemaFiles
        var levels: [String: [String: Int]] = [:]
        for cycle in 0..<cycles {
            let year = 2020 + cycle
            for number in 0..<scopes {
                let scope = String(format3(number))
                let folder = "assessments/instansi-\(scope)"
                let manifest = String(decoding: example.manifest(cycle: year), as: UTF8.self)
                    .replacingOccurrences("\"kota-contoh\"", "\"instansi-\(scope)\"")
                    .replacingOccurrences("Pemerintah Kota Contoh [contoh ilustratif]", "Instansi \(scope)")
                files["\(folder)/instansi.json"] = Array(manifest.utf8)
                for agency in ExampleInstansi.agencies {
                    let key = "\(folder)/\(agency.id)"
                    if cycle > 0 && Double(random.next() % 1000) / 1000 >= changedShare { continue }
                    var current =
                        levels[key]
                        ?? Dictionary(uniqueKeysWithValues: agency.indicators.map { ($0, 1 + Int(random.next() % 3)) })
                    if cycle > 0, let id = agency.indicators.randomElement(using: &random) {
                        current[id] = min(5, (current[id] ?? 1) + 1)
                    }
                    levels[key] = current
                    // Each instansi writes its own explanations and links, so no two scopes share a file.
                    let text = String(
                        decoding: example.agencyFile(
                            agency.id, cycle: year, assessors: false, levels: current, linkedEvidence: true),
                        as: UTF8.self
                    )
                    .replacingOccurrences("Kota Contoh", "Instansi \(scope)")
                    .replacingOccurrences("kotacontoh", "instansi\(scope)")
                    files["\(key).json"] = Array(text.utf8)
                }
            }
            let signature = Signature(
                name: "Tim Nasional", email: "tim@nasional.go.id", time: Int64(1_600_000_000 + cycle * 31_536_000),
                offsetMinutes: 420)
            let commit = try repository.commit(
                files: files, message: "Siklus \(year)\n", author: signature, committer: signature)
            try repository.tag("cycle/\(year)", at: commit, message: "Siklus \(year)\n", tagger: signature)
        }
        print(
            "wrote \(path): \(scopes) scopes, \(scopes * ExampleInstansi.agencies.count) agency files, \(cycles) cycle tags"
        )
    }

    static var schemaFiles: [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for (name, bytes) in BuiltIn.schemas { files["schemas/\(name)"] = bytes }
        for (id, bytes) in BuiltIn.frameworks { files["schemas/frameworks/\(id).json"] = bytes }
        return files
    }

    /// The same shape on pemdi-2026: each cycle's values random in hundredths, one raised by 0.25 per change.
    private func writePemdi(to path: String) throws {
        let repository = try Repository.create(at: path)
        let framework = try Framework(JSONParser().parse(BuiltIn.frameworks["pemdi-2026"]!).root)
        let example = ExampleInstansi(framework: framework)
        var random = SplitMix(seed: 826)
        var files = Self.schemaFiles
        var values: [String: [String: Level]] = [:]
        for cycle in 0..<cycles {
            let year = String(2026 + 2 * cycle)
            for number in 0..<scopes {
                let scope = format3(number)
                let folder = "assessments/instansi-\(scope)"
                files["\(folder)/instansi.json"] = Array(
                    String(decoding: pemdiManifest(cycle: year), as: UTF8.self)
                        .replacingOccurrences("\"kota-contoh\"", "\"instansi-\(scope)\"").utf8)
                for agency in ExampleInstansi.agencies {
                    let key = "\(folder)/\(agency.id)"
                    if cycle > 0 && Double(random.next() % 1000) / 1000 >= changedShare { continue }
                    let owned = ExampleInstansi.pemdiOwners[agency.id] ?? []
                    var current =
                        values[key]
                        ?? Dictionary(
                            uniqueKeysWithValues: owned.map { ($0, Level(hundredths: 100 + Int(random.next() % 300))) })
                    if cycle > 0, let id = owned.randomElement(using: &random) {
                        current[id] = min(Level(5), (current[id] ?? Level(1)) + Level(hundredths: 25))
                    }
                    values[key] = current
                    let text = String(
                        decoding: example.pemdiAgencyFile(
                            agency.id, assessors: false, cycle: year, values: current, linkedEvidence: true),
                        as: UTF8.self
                    )
                    .replacingOccurrences("Kota Contoh", "Instansi \(scope)")
                    .replacingOccurrences("kotacontoh", "instansi\(scope)")
                    files["\(key).json"] = Array(text.utf8)
                }
            }
            let signature = Signature(
                name: "Tim Nasional", email: "tim@nasional.go.id", time: Int64(1_780_000_000 + cycle * 63_072_000),
                offsetMinutes: 420)
            let commit = try repository.commit(
                files: files, message: "Siklus \(year)\n", author: signature, committer: signature)
            try repository.tag("cycle/\(year)", at: commit, message: "Siklus \(year)\n", tagger: signature)
        }
        print("wrote \(path): \(scopes) scopes on pemdi-2026, \(cycles) cycle tags")
    }

    /// The example's manifest on pemdi-2026 with its 2026 ownership.
    private func pemdiManifest(cycle: String) -> [UInt8] {
        let agencies = ExampleInstansi.agencies.map { agency in
            (
                agency.id,
                OutputJSON.object([
                    ("name", .string(agency.name)),
                    ("maintainers", .array([.string(ExampleInstansi.maintainer(agency.id))])),
                    ("indicators", .array((ExampleInstansi.pemdiOwners[agency.id] ?? []).map(OutputJSON.string))),
                ])
            )
        }
        return Array(
            OutputJSON.object([
                ("$schema", .string("../../schemas/instansi.schema.json")), ("id", .string("kota-contoh")),
                ("name", .string("Instansi")), ("category", .string("kota")), ("framework", .string("pemdi-2026")),
                (
                    "cycle",
                    .object([
                        ("id", .string(cycle)), ("start", .string("\(cycle)-01-01")),
                        ("end", .string("\(cycle)-12-31")),
                    ])
                ),
                (
                    "coordinator",
                    .object([
                        ("agency", .string(ExampleInstansi.coordinator)),
                        ("maintainers", .array([.string(ExampleInstansi.coordinatorEmail)])),
                    ])
                ),
                ("agencies", .object(agencies)),
            ]).rendered.utf8)
    }

    private func format3(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 3 - text.count)) + text
    }
}

extension SplitMix: RandomNumberGenerator {}

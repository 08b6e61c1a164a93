import GitStore
import SPBECore

/// A national-scale assessment repository: many scopes shaped like the example instansi (12 agency files each),
/// several cycle tags, and about 30% of the agency files changed per cycle; on spbe-2020 (whole levels, one raised
/// by a level per change) or on pemdi-2026 (decimal values, the example's 2026 ownership, one raised by 0.25).
struct NationalRepository {
    let scopes: Int
    let cycles: Int
    var pemdi = false
    let changedShare = 0.3

    func write(to path: String) throws {
        let repository = try Repository.create(at: path)
        guard let framework = BuiltIn.framework(pemdi ? "pemdi-2026" : "spbe-2020") else { return }
        let example = ExampleInstansi(framework: framework)
        var random = SplitMix(seed: pemdi ? 826 : 59)
        var files = Self.schemaFiles
        var values: [String: [String: Level]] = [:]
        for cycle in 0..<cycles {
            let year = pemdi ? 2026 + 2 * cycle : 2020 + cycle
            for number in 0..<scopes {
                let scope = format3(number)
                let folder = "assessments/instansi-\(scope)"
                let manifest = example.manifest(cycle: year, owners: pemdi ? ExampleInstansi.pemdiOwners : nil)
                files["\(folder)/instansi.json"] = Self.renamed(manifest, scope)
                for agency in ExampleInstansi.agencies {
                    let key = "\(folder)/\(agency.id)"
                    if cycle > 0 && Double(random.next() % 1000) / 1000 >= changedShare { continue }
                    let owned = pemdi ? ExampleInstansi.pemdiOwners[agency.id] ?? [] : agency.indicators
                    var current =
                        values[key]
                        ?? Dictionary(uniqueKeysWithValues: owned.map { ($0, startValue(&random)) })
                    if cycle > 0, let id = owned.randomElement(using: &random) {
                        current[id] = min(framework.values.max, (current[id] ?? Level(1)) + step)
                    }
                    values[key] = current
                    // Each instansi writes its own explanations and links, so no two scopes share a file.
                    let file =
                        pemdi
                        ? example.pemdiAgencyFile(
                            agency.id, assessors: false, cycle: String(year), values: current, linkedEvidence: true)
                        : example.agencyFile(
                            agency.id, cycle: year, assessors: false, levels: current.mapValues(\.wholePart),
                            linkedEvidence: true)
                    files["\(key).json"] = Self.renamed(file, scope)
                }
            }
            let signature = Signature(
                name: "Tim Nasional", email: "tim@nasional.go.id",
                time: Int64(pemdi ? 1_780_000_000 + cycle * 63_072_000 : 1_600_000_000 + cycle * 31_536_000),
                offsetMinutes: 420)
            let commit = try repository.commit(
                files: files, message: "Siklus \(year)\n", author: signature, committer: signature)
            try repository.tag("cycle/\(year)", at: commit, message: "Siklus \(year)\n", tagger: signature)
        }
        print(
            "wrote \(path): \(scopes) scopes on \(framework.id), \(scopes * ExampleInstansi.agencies.count) agency files, \(cycles) cycle tags"
        )
    }

    /// A first value: whole 1-3 (spbe-2020) or 1.00-3.99 in hundredths (pemdi-2026).
    private func startValue(_ random: inout SplitMix) -> Level {
        pemdi ? Level(hundredths: 100 + Int(random.next() % 300)) : Level(1 + Int(random.next() % 3))
    }

    /// What one change raises a value by.
    private var step: Level { pemdi ? Level(hundredths: 25) : Level(1) }

    static var schemaFiles: [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for (name, bytes) in BuiltIn.schemas { files["schemas/\(name)"] = bytes }
        for (id, bytes) in BuiltIn.frameworkFiles { files["schemas/frameworks/\(id).json"] = bytes }
        return files
    }

    /// The example's file as this instansi's own.
    private static func renamed(_ bytes: [UInt8], _ scope: String) -> [UInt8] {
        Array(
            String(decoding: bytes, as: UTF8.self)
                .replacingOccurrences("\"kota-contoh\"", "\"instansi-\(scope)\"")
                .replacingOccurrences("Pemerintah Kota Contoh [contoh ilustratif]", "Instansi \(scope)")
                .replacingOccurrences("Kota Contoh", "Instansi \(scope)")
                .replacingOccurrences("kotacontoh", "instansi\(scope)").utf8)
    }

    private func format3(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 3 - text.count)) + text
    }
}

extension SplitMix: RandomNumberGenerator {}

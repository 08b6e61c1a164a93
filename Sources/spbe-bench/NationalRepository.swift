import GitStore
import SPBECore

/// A national-scale assessment repository: many scopes shaped like the example instansi (12 agency files each),
/// several cycle tags, and about 30% of the agency files changed per cycle.
struct NationalRepository {
    let scopes: Int
    let cycles: Int
    let changedShare = 0.3

    func write(to path: String) throws {
        let repository = try Repository.create(at: path)
        let framework = try Framework(JSONParser().parse(BuiltIn.frameworks["spbe-2020"]!).root)
        let example = ExampleInstansi(framework: framework)
        var random = SplitMix(seed: 59)
        var files: [String: [UInt8]] = [:]
        for (name, bytes) in BuiltIn.schemas { files["schemas/\(name)"] = bytes }
        files["schemas/frameworks/spbe-2020.json"] = BuiltIn.frameworks["spbe-2020"]
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

    private func format3(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 3 - text.count)) + text
    }
}

extension SplitMix: RandomNumberGenerator {}

import Foundation
import SPBECore

/// spbe's own JSON parser and schema validator against Foundation's JSONSerialization, measured in the same run
/// on a generated corpus of assessment-like files.
func jsonBenchmark(fileCount: Int) throws {
    let corpus = Corpus.generate(files: fileCount)
    let megabytes = Double(corpus.reduce(0) { $0 + $1.count }) / 1_048_576
    print(String(format: "corpus: %d agency files, %.1f MiB", corpus.count, megabytes))

    let registry = SchemaRegistry()
    let schemaBytes = BuiltIn.schemas["assessment.schema.json"]!
    registry.add(try JSONParser().parse(schemaBytes).root, uri: "file:///schemas/assessment.schema.json")
    let validator = SchemaValidator(registry: registry, uri: "file:///schemas/assessment.schema.json")!
    let datas = corpus.map { Data($0) }

    /// Times every workload once per round, round after round (so a noisy neighbour slows all of them alike),
    /// and returns each workload's fastest and median round, in seconds. On a shared machine the fastest round is
    /// the one least disturbed by others, so the ratios are taken from it.
    func timings(rounds: Int = 15, _ workloads: [() -> Void]) -> [(fastest: Double, median: Double)] {
        for work in workloads { work() }
        var times = Array(repeating: [Double](), count: workloads.count)
        for _ in 0..<rounds {
            for (index, work) in workloads.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                work()
                times[index].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
        }
        return times.map { ($0.min()!, $0.sorted()[rounds / 2]) }
    }

    var sink = 0
    var invalid = 0
    let documents = corpus.compactMap { try? JSONParser().parse($0) }
    let measured = timings([
        { for data in datas { if (try? JSONSerialization.jsonObject(with: data)) != nil { sink += 1 } } },
        { for bytes in corpus { if (try? JSONParser().parse(bytes)) != nil { sink += 1 } } },
        {
            for bytes in corpus {
                guard let document = try? JSONParser().parse(bytes) else { continue }
                invalid += validator.validate(document.root).isEmpty ? 0 : 1
            }
        },
        { for document in documents { invalid += validator.validate(document.root).count } },
    ])
    let foundation = measured[0].fastest
    precondition(invalid == 0, "the generated corpus must be valid")

    print("                                  fastest of 15 rounds                   median round")
    for (name, time) in zip(
        [
            "Foundation JSONSerialization", "spbe JSONParser (parse to tree)", "spbe parse + schema validation",
            "spbe schema validation alone",
        ], measured)
    {
        print(
            String(
                format: "%-34@ %6.1f MB/s %6.2fx JSONSerialization   %6.1f MB/s %6.2fx", name as NSString,
                megabytes / time.fastest, foundation / time.fastest, megabytes / time.median,
                measured[0].median / time.median))
    }
    print("targets: parse >= 3.00x, parse+validate >= 1.50x  (checksum \(sink % 7))")
}

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
/// and returns each workload's median, in seconds.
func medians(rounds: Int = 9, _ workloads: [() -> Void]) -> [Double] {
    for work in workloads { work() }
    var times = Array(repeating: [Double](), count: workloads.count)
    for _ in 0..<rounds {
        for (index, work) in workloads.enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            work()
            times[index].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
    }
    return times.map { $0.sorted()[rounds / 2] }
}

var sink = 0
var invalid = 0
let documents = corpus.compactMap { try? JSONParser().parse($0) }
let timings = medians([
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
let (foundation, parse, parseValidate, validateOnly) = (timings[0], timings[1], timings[2], timings[3])
precondition(invalid == 0, "the generated corpus must be valid")

func row(_ name: String, _ seconds: Double) {
    print(String(format: "%-34@ %8.1f MB/s  %6.2fx JSONSerialization", name as NSString, megabytes / seconds, foundation / seconds))
}
row("Foundation JSONSerialization", foundation)
row("spbe JSONParser (parse to tree)", parse)
row("spbe parse + schema validation", parseValidate)
row("spbe schema validation alone", validateOnly)
print("targets: parse >= 3.00x, parse+validate >= 1.50x  (checksum \(sink % 7))")
}

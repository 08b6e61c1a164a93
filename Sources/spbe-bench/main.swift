// Benchmarks, run in release mode:
//   swift run -c release spbe-bench json [FILES]                 JSON parse and validate against JSONSerialization
//   swift run -c release spbe-bench repo DIR [SCOPES] [CYCLES]   generate a national-scale repository for scripts/bench-national.py

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "repo":
    guard arguments.count >= 2 else { fatalError("usage: spbe-bench repo DIR [SCOPES] [CYCLES]") }
    try NationalRepository(scopes: arguments.count > 2 ? Int(arguments[2]) ?? 500 : 500, cycles: arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5).write(to: arguments[1])
default:
    try jsonBenchmark(fileCount: arguments.count > 1 ? Int(arguments[1]) ?? 2000 : 2000)
}

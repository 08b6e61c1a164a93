import Foundation

// Benchmarks, run in release mode:
//   swift run -c release spbe-bench json [FILES]                 JSON parse and validate against JSONSerialization
//   swift run -c release spbe-bench repo DIR [SCOPES] [CYCLES] [FRAMEWORK]   generate a national-scale repository
//                                                   (spbe-2020 or pemdi-2026) for scripts/bench-national.py

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "repo":
    guard arguments.count >= 2, !FileManager.default.fileExists(atPath: arguments[1]) else {
        FileHandle.standardError.write(Data("usage: spbe-bench repo NEW-FOLDER [SCOPES] [CYCLES]\n".utf8))
        exit(64)
    }
    try NationalRepository(
        scopes: arguments.count > 2 ? Int(arguments[2]) ?? 500 : 500,
        cycles: arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5,
        pemdi: arguments.count > 4 && arguments[4] == "pemdi-2026"
    ).write(to: arguments[1])
default:
    try jsonBenchmark(fileCount: arguments.count > 1 ? Int(arguments[1]) ?? 2000 : 2000)
}

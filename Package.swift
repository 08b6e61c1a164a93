// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "spbe",
    products: [
        .executable(name: "spbe", targets: ["spbe"])
    ],
    targets: [
        .systemLibrary(
            name: "CGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CBuildInfo"),
        .target(name: "GitStore", dependencies: ["CGit2"]),
        .target(name: "Spreadsheet", dependencies: ["CZlib", "Localization"]),
        .target(name: "Localization"),
        .target(name: "JSONSchema", dependencies: ["Localization"]),
        .target(
            name: "SPBECore", dependencies: ["JSONSchema", "Localization"], resources: [.embedInCode("Resources")]),
        .target(name: "SPBECLI", dependencies: ["CBuildInfo", "GitStore", "SPBECore", "Spreadsheet"]),
        .executableTarget(name: "spbe", dependencies: ["SPBECLI"]),
        .executableTarget(name: "spbe-bench", dependencies: ["SPBECore", "GitStore"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GitStoreTests", dependencies: ["GitStore", "TestSupport"]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "TestSupport"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema", "TestSupport"]),
        .testTarget(name: "SPBECoreTests", dependencies: ["SPBECore", "TestSupport"]),
        .testTarget(
            name: "SPBECLITests", dependencies: ["SPBECLI", "GitStore", "SPBECore", "Spreadsheet", "TestSupport"],
            exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)

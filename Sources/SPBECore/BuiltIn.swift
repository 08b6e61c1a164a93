import JSONSchema

/// Files built into the binary: used when a repository has no `schemas/` of its own, and written by `spbe init`.
public enum BuiltIn {
    /// The framework files by id, as `init` and `cycle open` write them into `schemas/frameworks/`.
    public static let frameworkFiles: [String: [UInt8]] = [
        "spbe-2020": PackageResources.spbe_2020_json, "pemdi-2026": PackageResources.pemdi_2026_json,
    ]

    /// The built-in frameworks, ordered by id, each parsed once for the whole process (the only place they are).
    /// The files ship with the binary and a test parses every one, so none is left out in practice.
    public static let frameworks: [Framework] = frameworkFiles.sorted { $0.key < $1.key }.compactMap { _, bytes in
        (try? JSONParser().parse(bytes)).flatMap { try? Framework($0.root) }
    }

    /// The built-in framework with this id.
    public static func framework(_ id: String) -> Framework? { frameworks.first { $0.id == id } }

    /// The schema files by name, as they live in `schemas/`.
    public static let schemas: [String: [UInt8]] = [
        "assessment.schema.json": PackageResources.assessment_schema_json,
        "instansi.schema.json": PackageResources.instansi_schema_json,
        "framework.schema.json": PackageResources.framework_schema_json,
        "checklist.schema.json": PackageResources.checklist_schema_json,
    ]
}

/// Files built into the binary: used when a repository has no `schemas/` of its own, and written by `spbe init`.
public enum BuiltIn {
    /// The framework files by id.
    public static let frameworks: [String: [UInt8]] = [
        "spbe-2020": PackageResources.spbe_2020_json, "pemdi-2026": PackageResources.pemdi_2026_json,
    ]

    /// The schema files by name, as they live in `schemas/`.
    public static let schemas: [String: [UInt8]] = [
        "assessment.schema.json": PackageResources.assessment_schema_json,
        "instansi.schema.json": PackageResources.instansi_schema_json,
        "framework.schema.json": PackageResources.framework_schema_json,
        "checklist.schema.json": PackageResources.checklist_schema_json,
    ]
}

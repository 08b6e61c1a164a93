/// Files built into the binary, used when a repository has none of its own.
public enum BuiltIn {
    /// The framework files by id.
    public static let frameworks: [String: [UInt8]] = ["spbe-2020": PackageResources.spbe_2020_json]
}

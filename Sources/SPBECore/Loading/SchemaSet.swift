/// The schemas a revision validates with: its own `schemas/` folder, or the built-in copies for files it lacks.
public final class SchemaSet {
    public enum Kind: String {
        case assessment = "assessment.schema.json"
        case instansi = "instansi.schema.json"
        case framework = "framework.schema.json"
        case checklist = "checklist.schema.json"
    }

    public let registry = SchemaRegistry()
    private var validators: [Kind: SchemaValidator] = [:]
    /// Schema files of the repository that could not be parsed, with why.
    public private(set) var problems: [(path: String, message: Localized)] = []

    public static let root = "file:///"

    /// The schema files of a tree: every `schemas/**.schema.json`.
    static func entries(_ tree: FileTree) throws -> [FileEntry] {
        try tree.entries(under: "schemas").filter { $0.isFile && $0.path.hasSuffix(".schema.json") }
    }

    /// Loads `entries` (from `SchemaSet.entries`) and the built-in schemas the tree lacks.
    init(tree: FileTree, entries: [FileEntry]) throws {
        var present: Set<String> = []
        for entry in entries {
            let bytes = try tree.read(entry)
            do {
                let document = try JSONParser().parse(bytes)
                registry.add(document.root, uri: Self.root + entry.path)
                present.insert(entry.path)
            } catch {
                problems.append((entry.path, error.message))
            }
        }
        for (name, bytes) in BuiltIn.schemas.sorted(by: { $0.key < $1.key }) where !present.contains("schemas/" + name)
        {
            guard let document = try? JSONParser().parse(bytes) else { continue }
            registry.add(document.root, uri: Self.root + "schemas/" + name)
        }
    }

    /// The validator for one kind of file.
    public func validator(_ kind: Kind) -> SchemaValidator? {
        if let known = validators[kind] { return known }
        // Assessment files' dates are calendar dates: `format: date` asserts (2024-02-30 is refused).
        let validator = SchemaValidator(
            registry: registry, uri: Self.root + "schemas/" + kind.rawValue, assertFormat: true)
        validators[kind] = validator
        return validator
    }
}

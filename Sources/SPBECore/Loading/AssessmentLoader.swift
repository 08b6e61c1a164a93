
/// Reads the assessment files of one revision (or the working tree): scopes, manifests, frameworks, agency files.
public struct AssessmentLoader {
    public static let assessments = "assessments"
    public static let manifestName = "instansi.json"

    public let tree: FileTree
    public let cache: BlobCache

    public init(tree: FileTree, cache: BlobCache) {
        self.tree = tree
        self.cache = cache
    }

    /// Everything under `assessments/`, grouped into scopes; `scopes` limits which are loaded (empty: all).
    public func load(scopes wanted: [String] = []) throws -> LoadedRevision {
        let schemas = try cache.schemas(tree)
        let entries = try tree.entries(under: Self.assessments)
        var byScope: [String: [FileEntry]] = [:]
        var order: [String] = []
        var stray: [FileEntry] = []
        for entry in entries {
            let parts = entry.path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count >= 3 else {
                stray.append(entry)
                continue
            }
            let scope = String(parts[1])
            if byScope[scope] == nil { order.append(scope) }
            byScope[scope, default: []].append(entry)
        }
        var frameworks: [String: (LoadedFramework?, Localized?)] = [:]
        var scopes: [LoadedScope] = []
        var allScopes: [String] = []
        for scope in order {
            let files = byScope[scope] ?? []
            let manifestPath = "\(Self.assessments)/\(scope)/\(Self.manifestName)"
            guard let manifestEntry = files.first(where: { $0.path == manifestPath && $0.isFile }) else {
                stray += files
                continue
            }
            allScopes.append(scope)
            guard wanted.isEmpty || wanted.contains(scope) else { continue }
            let manifestFile = LoadedFile(entry: manifestEntry, result: try check(manifestEntry, .instansi, schemas))
            let manifest = manifestFile.isValid ? manifestFile.document.flatMap { Manifest($0.root) } : nil
            var framework: LoadedFramework?
            var problem: Localized?
            if let id = manifest?.framework {
                if frameworks[id] == nil { frameworks[id] = try loadFramework(id, schemas) }
                (framework, problem) = frameworks[id] ?? (nil, nil)
            }
            var agencyFiles: [LoadedFile] = []
            var others: [FileEntry] = []
            for entry in files where entry.path != manifestPath {
                let name = entry.path.dropFirst("\(Self.assessments)/\(scope)/".count)
                if entry.isFile && name.hasSuffix(".json") && !name.contains("/") {
                    agencyFiles.append(LoadedFile(entry: entry, result: try check(entry, .assessment, schemas)))
                } else {
                    others.append(entry)
                }
            }
            scopes.append(LoadedScope(
                id: scope, folder: "\(Self.assessments)/\(scope)", manifestFile: manifestFile, manifest: manifest,
                framework: framework, frameworkProblem: problem, agencyFiles: agencyFiles, otherEntries: others))
        }
        return LoadedRevision(schemas: schemas, scopes: scopes, allScopeIDs: allScopes, strayEntries: stray)
    }

    private func check(_ entry: FileEntry, _ kind: SchemaSet.Kind, _ schemas: SchemaSet) throws -> CheckedJSON {
        try cache.checked(entry, kind: kind, schemas: schemas) { try tree.read(entry) }
    }

    /// The framework from `schemas/frameworks/<id>.json` at this revision, else the built-in one.
    private func loadFramework(_ id: String, _ schemas: SchemaSet) throws -> (LoadedFramework?, Localized?) {
        let path = "schemas/frameworks/\(id).json"
        if let entry = try tree.entry(at: path), entry.isFile {
            let checked = try check(entry, .framework, schemas)
            guard checked.isValid, let document = checked.document else {
                let detail = checked.syntaxError?.message.en ?? checked.schemaErrors.first.map { "\($0.instancePointer): \($0.message.en)" } ?? "duplicate keys"
                return (nil, LoadMessages.invalidFramework(path, detail))
            }
            do {
                return (LoadedFramework(framework: try Framework(document.root), path: path, blob: entry.id), nil)
            } catch {
                return (nil, LoadMessages.invalidFramework(path, error.message.en))
            }
        }
        guard let bytes = BuiltIn.frameworks[id], let document = try? JSONParser().parse(bytes), let framework = try? Framework(document.root) else {
            return (nil, LoadMessages.unknownFramework(id, path))
        }
        return (LoadedFramework(framework: framework, path: nil, blob: nil), nil)
    }
}

/// One revision's assessment files, loaded.
public struct LoadedRevision {
    public let schemas: SchemaSet
    public let scopes: [LoadedScope]
    /// Every scope of the revision, also those `--scope` left out.
    public let allScopeIDs: [String]
    /// Files under `assessments/` outside any scope (no manifest, or directly in `assessments/`).
    public let strayEntries: [FileEntry]
}

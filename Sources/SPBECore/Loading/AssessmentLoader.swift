/// Reads the assessment files of one revision (or the working tree): scopes, manifests, frameworks, agency files.
///
/// With `threads` above 1 and a way to open more trees, files not yet in the cache are parsed and validated on
/// that many threads first, each with its own tree (its own repository handle) and schemas; the results are
/// the same as on one thread, and the rest of loading reads them from the cache.
public struct AssessmentLoader {
    public let tree: FileTree
    public let cache: BlobCache
    let threads: Int
    let openTree: (() throws -> FileTree)?

    public init(tree: FileTree, cache: BlobCache, threads: Int = 1, openTree: (() throws -> FileTree)? = nil) {
        self.tree = tree
        self.cache = cache
        self.threads = max(1, threads)
        self.openTree = openTree
    }

    /// Everything under `assessments/`, grouped into scopes; `scopes` limits which are loaded (empty: all).
    public func load(scopes wanted: [String] = []) throws -> LoadedRevision {
        let schemas = try cache.schemas(tree)
        let entries = try tree.entries(under: AssessmentPath.folder)
        var byScope: [String: [FileEntry]] = [:]
        var order: [String] = []
        var stray: [FileEntry] = []
        for entry in entries {
            guard let scope = AssessmentPath(entry.path).scope else {
                stray.append(entry)
                continue
            }
            if byScope[scope] == nil { order.append(scope) }
            byScope[scope, default: []].append(entry)
        }
        try prefetch(
            order.filter { wanted.isEmpty || wanted.contains($0) }.flatMap { byScope[$0] ?? [] }, schemas: schemas)
        var frameworks: [String: (LoadedFramework?, Localized?)] = [:]
        var scopes: [LoadedScope] = []
        var allScopes: [String] = []
        for scope in order {
            let files = byScope[scope] ?? []
            let manifestPath = AssessmentPath.manifest(of: scope)
            guard let manifestEntry = files.first(where: { $0.path == manifestPath && $0.isFile }) else {
                stray += files
                continue
            }
            allScopes.append(scope)
            guard wanted.isEmpty || wanted.contains(scope) else { continue }
            let manifestFile = LoadedFile(entry: manifestEntry, result: try check(manifestEntry, .instansi, schemas))
            let manifest = manifestFile.result.manifest
            var framework: LoadedFramework?
            var problem: Localized?
            if let id = manifest?.framework {
                if frameworks[id] == nil { frameworks[id] = try loadFramework(id, schemas) }
                (framework, problem) = frameworks[id] ?? (nil, nil)
            }
            var agencyFiles: [LoadedFile] = []
            var others: [FileEntry] = []
            for entry in files where entry.path != manifestPath {
                if entry.isFile, case .agencyFile = AssessmentPath(entry.path) {
                    agencyFiles.append(LoadedFile(entry: entry, result: try check(entry, .assessment, schemas)))
                } else {
                    others.append(entry)
                }
            }
            scopes.append(
                LoadedScope(
                    id: scope, folder: AssessmentPath.scopeFolder(scope), manifestFile: manifestFile,
                    manifest: manifest,
                    framework: framework, frameworkProblem: problem, agencyFiles: agencyFiles, otherEntries: others))
        }
        return LoadedRevision(schemas: schemas, scopes: scopes, allScopeIDs: allScopes, strayEntries: stray)
    }

    /// The schema of a manifest or agency file; nil for any other path.
    public static func kind(of path: String) -> SchemaSet.Kind? {
        switch AssessmentPath(path) {
        case .manifest: .instansi
        case .agencyFile: .assessment
        case .otherInScope, .outside: nil
        }
    }

    /// Parses and validates, in parallel, the JSON files of the scopes that the cache does not know yet.
    private func prefetch(_ entries: [FileEntry], schemas: SchemaSet) throws {
        guard threads > 1, let openTree else { return }
        let work: [(FileEntry, SchemaSet.Kind)] = entries.compactMap { entry in
            guard entry.isFile, let kind = Self.kind(of: entry.path) else { return nil }
            return cache.contains(entry, kind: kind, schemas: schemas) ? nil : (entry, kind)
        }
        guard work.count >= 2 * threads else { return }
        // Each thread reads through its own tree (its own repository handle) and schemas; thread 0 uses the loader's.
        let (tree, detail) = (tree, cache.detail)
        let run = ParallelRun<CheckedJSON>(count: work.count, threads: min(threads, work.count), step: 16) { thread in
            let localTree = thread == 0 ? tree : try openTree()
            let localSchemas =
                thread == 0 ? schemas : try SchemaSet(tree: localTree, entries: SchemaSet.entries(localTree))
            return { index in
                let (entry, kind) = work[index]
                return BlobCache.check(try localTree.read(entry), kind: kind, schemas: localSchemas, detail: detail)
            }
        }
        run.perform()
        if let failure = run.failure { throw failure }
        cache.reserve(work.count)
        for ((entry, kind), result) in zip(work, run.results) {
            if let result { cache.insert(result, for: entry, kind: kind, schemas: schemas) }
        }
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
                return (nil, LoadMessages.invalidFramework(path, LoadMessages.firstProblem(checked)))
            }
            do {
                let loaded = LoadedFramework(framework: try Framework(document.root), path: path, blob: entry.id)
                return (try withChecklist(loaded, schemas), nil)
            } catch let error as FrameworkError {
                return (nil, LoadMessages.invalidFramework(path, error.message))
            }
        }
        guard let framework = BuiltIn.framework(id) else {
            return (nil, LoadMessages.unknownFramework(id, path))
        }
        return (try withChecklist(LoadedFramework(framework: framework, path: nil, blob: nil), schemas), nil)
    }

    /// The framework with its own requirements and the repository's `schemas/checklists/<id>.json`, if any.
    private func withChecklist(_ loaded: LoadedFramework, _ schemas: SchemaSet) throws -> LoadedFramework {
        var result = loaded
        result.checklist = loaded.framework.checklist
        let path = "schemas/checklists/\(loaded.framework.id).json"
        guard let entry = try tree.entry(at: path), entry.isFile else { return result }
        let checked = try check(entry, .checklist, schemas)
        guard checked.isValid, let document = checked.document else {
            result.checklistProblem = LoadMessages.invalidChecklist(path, LoadMessages.firstProblem(checked))
            return result
        }
        result.checklist = Checklist(file: document.root, path: path, adding: loaded.framework.checklist)
        return result
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

extension LoadedRevision {
    /// The same revision with only the scopes `keep` accepts (`allScopeIDs` still names every scope).
    public func keeping(_ keep: (LoadedScope) -> Bool) -> LoadedRevision {
        LoadedRevision(
            schemas: schemas, scopes: scopes.filter(keep), allScopeIDs: allScopeIDs, strayEntries: strayEntries)
    }
}

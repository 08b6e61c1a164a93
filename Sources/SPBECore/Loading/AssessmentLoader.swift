import Dispatch

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
        let batch = ParallelBatch(
            tree: tree, schemas: schemas, openTree: openTree, work: work, chunks: min(threads, work.count),
            detail: cache.detail)
        DispatchQueue.concurrentPerform(iterations: batch.chunks) { batch.run(chunk: $0) }
        if let failure = batch.failures.compactMap({ $0 }).first { throw failure }
        cache.reserve(work.count)
        for (index, (entry, kind)) in work.enumerated() {
            if let result = batch.results[index] { cache.insert(result, for: entry, kind: kind, schemas: schemas) }
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
                let detail =
                    checked.syntaxError?.message.en ?? checked.schemaErrors.first.map {
                        "\($0.instancePointer): \($0.message.en)"
                    } ?? "duplicate keys"
                return (nil, LoadMessages.invalidFramework(path, detail))
            }
            do {
                return (LoadedFramework(framework: try Framework(document.root), path: path, blob: entry.id), nil)
            } catch {
                return (nil, LoadMessages.invalidFramework(path, error.message.en))
            }
        }
        guard let bytes = BuiltIn.frameworks[id], let document = try? JSONParser().parse(bytes),
            let framework = try? Framework(document.root)
        else {
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

/// The shared state of one parallel prefetch. Unchecked `Sendable`: every thread reads `work`, takes items through
/// the atomic `next` (so each item is taken once), writes only the slots of `results` of its items and its own
/// slot of `failures`, and uses its own tree and schemas (the loader's own tree and schemas only in iteration 0), so no two
/// threads touch the same mutable thing.
private final class ParallelBatch: @unchecked Sendable {
    let tree: FileTree
    let schemas: SchemaSet
    let openTree: () throws -> FileTree
    let work: [(FileEntry, SchemaSet.Kind)]
    let chunks: Int
    let detail: BlobCache.Detail
    let results: UnsafeMutableBufferPointer<CheckedJSON?>
    let failures: UnsafeMutableBufferPointer<(any Error)?>

    init(
        tree: FileTree, schemas: SchemaSet, openTree: @escaping () throws -> FileTree,
        work: [(FileEntry, SchemaSet.Kind)], chunks: Int, detail: BlobCache.Detail
    ) {
        self.tree = tree
        self.schemas = schemas
        self.detail = detail
        self.openTree = openTree
        self.work = work
        self.chunks = chunks
        results = .allocate(capacity: work.count)
        results.initialize(repeating: nil)
        failures = .allocate(capacity: chunks)
        failures.initialize(repeating: nil)
    }

    deinit {
        results.deinitialize()
        results.deallocate()
        failures.deinitialize()
        failures.deallocate()
    }

    /// Takes the next few items until none are left, so a thread that started late or runs slower takes fewer.
    func run(chunk: Int) {
        do {
            let localTree = chunk == 0 ? tree : try openTree()
            let localSchemas =
                chunk == 0 ? schemas : try SchemaSet(tree: localTree, entries: SchemaSet.entries(localTree))
            while true {
                let start = next.take(Self.step)
                guard start < work.count else { return }
                for index in start..<min(work.count, start + Self.step) {
                    let (entry, kind) = work[index]
                    results[index] = BlobCache.check(
                        try localTree.read(entry), kind: kind, schemas: localSchemas, detail: detail)
                }
            }
        } catch {
            failures[chunk] = error
        }
    }

    /// Items taken at a time: enough to make the shared counter cheap, few enough to balance the threads.
    private static let step = 16
    private let next = AtomicCounter()
}

/// What adding an agency to a scope, or changing one, does, decided without git: the manifest lists it with its
/// name, maintainers and the indicators it is given (taken from their owners, as each indicator has exactly one),
/// and it has its own file for the current cycle. An entry an old owner had already assessed moves with the
/// indicator, so no assessment is lost and no file assesses an indicator it no longer owns.
public struct AgencyEdit {
    /// What to do to the agency: add it, or change what is given of an existing one.
    public enum Change: Sendable {
        case add(name: String, maintainers: [String])
        case update(name: String?, maintainers: [String]?)
    }

    /// Path → new content: the manifest, the agency's file when it changes, and each old owner's file an entry
    /// left.
    public let files: [String: [UInt8]]
    /// The agency's file.
    public let path: String
    /// Whether the agency's file was created.
    public let createdFile: Bool
    /// Whether the agency was added (else changed).
    public let added: Bool
    /// Each indicator given to the agency, with the agency that owned it before.
    public let taken: [(indicator: String, from: String)]
    /// The indicators whose assessed entry moved into the agency's file.
    public let movedEntries: [String]

    /// Adds or changes agency `id` in `scope`; `indicators` (ids of the scope's framework) are given to it.
    public init(scope: LoadedScope, id: String, change: Change, indicators: [String]) throws(ManifestEditError) {
        guard let manifest = scope.manifest, let root = scope.manifestFile.document?.root else {
            throw .invalidFile(scope.manifestFile.path)
        }
        guard AssessmentPath.isAgencyID(id) else { throw .invalidID(id) }
        let exists = manifest.agency(id) != nil
        let path = AssessmentPath.agencyFile(of: id, in: scope.id)
        let ownFile = scope.agencyFiles.first { $0.path == path }
        switch change {
        case .add:
            guard !exists, manifest.coordinatorAgency != id else { throw .agencyExists(id, scope.id) }
            guard ownFile == nil else { throw .fileExists(path) }
        case .update:
            guard exists else { throw .noSuchAgency(id, scope.id) }
        }
        if let framework = scope.framework?.framework,
            let unknown = indicators.first(where: { framework.indicator($0) == nil })
        {
            throw .unknownIndicator(unknown, scope: scope.id, known: framework.indicators.map(\.id))
        }
        if let ownFile, ownFile.document == nil { throw .invalidFile(ownFile.path) }
        self.path = path
        if case .add = change { added = true } else { added = false }
        let given = Set(indicators)
        let taken = indicators.compactMap { indicator in
            manifest.ownerID(of: indicator).flatMap { $0 == id ? nil : (indicator, $0) }
        }
        self.taken = taken
        // Every agency that lists a given indicator loses it (a manifest may list one twice), with its entries.
        let losing = Set(
            manifest.agencies.filter { $0.id != id && $0.indicators.contains(where: given.contains) }.map(\.id))

        var files: [String: [UInt8]] = [:]
        var moved: [(String, OutputJSON)] = []
        for file in scope.agencyFiles where file.path != path {
            guard let agency = AssessmentPath(file.path).agency, losing.contains(agency) else { continue }
            // A file that cannot be read whole might hold an entry that would be left behind.
            guard file.assessment != nil, let fileRoot = file.document?.root,
                let entries = fileRoot["indicators"]?.members
            else { throw .invalidFile(file.path) }
            guard entries.contains(where: { given.contains($0.key) }) else { continue }
            // Two old owners assessing one indicator: which entry is right is not the tool's to decide.
            if let twice = entries.first(where: { entry in
                given.contains(entry.key) && moved.contains { $0.0 == entry.key }
            }) {
                throw .assessedTwice(twice.key, file.path)
            }
            moved += entries.filter { given.contains($0.key) }.map { ($0.key, OutputJSON($0.node)) }
            let kept = entries.filter { !given.contains($0.key) }.map { ($0.key, OutputJSON($0.node)) }
            files[file.path] = Array(OutputJSON(fileRoot).setting("indicators", .object(kept)).rendered.utf8)
        }
        movedEntries = moved.map(\.0)
        if let ownFile, let ownRoot = ownFile.document?.root {
            guard ownFile.assessment != nil, let own = ownRoot["indicators"]?.members else {
                throw .invalidFile(ownFile.path)
            }
            if let twice = moved.first(where: { entry in own.contains { $0.key == entry.0 } }) {
                throw .assessedTwice(twice.0, ownFile.path)
            }
            if !moved.isEmpty {
                let entries = own.map { ($0.key, OutputJSON($0.node)) }
                files[path] = Array(
                    OutputJSON(ownRoot).setting("indicators", .object(entries + moved)).rendered.utf8)
            }
            createdFile = false
        } else {
            files[path] = Array(
                OutputJSON.object([
                    ("$schema", .string("../../schemas/assessment.schema.json")), ("agency", .string(id)),
                    ("cycle", .string(manifest.cycle.id)), ("indicators", .object(moved)),
                ]).rendered.utf8)
            createdFile = true
        }
        files[scope.manifestFile.path] = Self.manifest(root, id: id, change: change, given: indicators)
        self.files = files
    }

    /// The manifest with the agency added or changed and `given` taken from every other agency.
    private static func manifest(_ root: JSONNode, id: String, change: Change, given: [String]) -> [UInt8] {
        let taking = Set(given)
        var agencies: [(String, OutputJSON)] = (root["agencies"]?.members ?? []).map { member in
            let own = (member.node["indicators"]?.elements ?? []).compactMap(\.string)
            var agency = OutputJSON(member.node)
            if member.key == id {
                if case .update(let name, let maintainers) = change {
                    if let name { agency = agency.setting("name", .string(name)) }
                    if let maintainers {
                        agency = agency.setting("maintainers", .array(maintainers.map(OutputJSON.string)))
                    }
                }
                let indicators = own + given.filter { !own.contains($0) }
                return (member.key, agency.setting("indicators", .array(indicators.map(OutputJSON.string))))
            }
            let left = own.filter { !taking.contains($0) }
            return (member.key, agency.setting("indicators", .array(left.map(OutputJSON.string))))
        }
        if case .add(let name, let maintainers) = change {
            agencies.append(
                (
                    id,
                    .object([
                        ("name", .string(name)), ("maintainers", .array(maintainers.map(OutputJSON.string))),
                        ("indicators", .array(given.map(OutputJSON.string))),
                    ])
                ))
        }
        return Array(OutputJSON(root).setting("agencies", .object(agencies)).rendered.utf8)
    }
}

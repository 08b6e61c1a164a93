/// What adding an agency to a scope does, decided without git: the manifest lists it with its maintainers and
/// the indicators it is given (taken from their owners, as each indicator has exactly one), and it gets its own
/// file for the current cycle. An entry an old owner had already assessed moves with the indicator, so no
/// assessment is lost and no file assesses an indicator it no longer owns.
public struct AgencyAddition {
    /// Path → new content: the manifest, the new agency file, and each old owner's file an entry left.
    public let files: [String: [UInt8]]
    /// The new agency's file.
    public let path: String
    /// Each indicator given to the agency, with the agency that owned it before.
    public let taken: [(indicator: String, from: String)]
    /// The indicators whose assessed entry moved into the new file.
    public let movedEntries: [String]

    /// Adds agency `id` to `scope`; `indicators` are ids of the scope's framework.
    public init(
        scope: LoadedScope, id: String, name: String, maintainers: [String], indicators: [String]
    ) throws(ManifestEditError) {
        guard let manifest = scope.manifest, let root = scope.manifestFile.document?.root else {
            throw .invalidFile(scope.manifestFile.path)
        }
        guard manifest.agency(id) == nil, manifest.coordinatorAgency != id else { throw .agencyExists(id, scope.id) }
        let path = AssessmentPath.agencyFile(of: id, in: scope.id)
        guard !scope.agencyFiles.contains(where: { $0.path == path }) else { throw .fileExists(path) }
        self.path = path
        if let framework = scope.framework?.framework,
            let unknown = indicators.first(where: { framework.indicator($0) == nil })
        {
            throw .unknownIndicator(unknown, framework.id)
        }
        let given = Set(indicators)
        let taken = indicators.compactMap { indicator in manifest.ownerID(of: indicator).map { (indicator, $0) } }
        self.taken = taken

        var files: [String: [UInt8]] = [:]
        var moved: [(String, OutputJSON)] = []
        for file in scope.agencyFiles {
            guard let fileRoot = file.document?.root, let entries = fileRoot["indicators"]?.members,
                entries.contains(where: { given.contains($0.key) })
            else { continue }
            guard file.assessment != nil else { throw .invalidFile(file.path) }
            moved += entries.filter { given.contains($0.key) }.map { ($0.key, OutputJSON($0.node)) }
            let kept = entries.filter { !given.contains($0.key) }.map { ($0.key, OutputJSON($0.node)) }
            files[file.path] = Array(OutputJSON(fileRoot).setting("indicators", .object(kept)).rendered.utf8)
        }
        movedEntries = moved.map(\.0)
        files[path] = Array(
            OutputJSON.object([
                ("$schema", .string("../../schemas/assessment.schema.json")), ("agency", .string(id)),
                ("cycle", .string(manifest.cycle.id)), ("indicators", .object(moved)),
            ]).rendered.utf8)

        var agencies: [(String, OutputJSON)] = (root["agencies"]?.members ?? []).map { member in
            let left = (member.node["indicators"]?.elements ?? []).filter { !given.contains($0.string ?? "") }
            return (member.key, OutputJSON(member.node).setting("indicators", .array(left.map(OutputJSON.init))))
        }
        agencies.append(
            (
                id,
                .object([
                    ("name", .string(name)), ("maintainers", .array(maintainers.map(OutputJSON.string))),
                    ("indicators", .array(indicators.map(OutputJSON.string))),
                ])
            ))
        files[scope.manifestFile.path] = Array(
            OutputJSON(root).setting("agencies", .object(agencies)).rendered.utf8)
        self.files = files
    }
}

/// Why the manifest cannot be edited as asked.
public enum ManifestEditError: Error, Equatable, Sendable {
    case invalidFile(String)
    case agencyExists(String, String)
    case fileExists(String)
    case unknownIndicator(String, String)

    public var message: Localized {
        switch self {
        case .invalidFile(let path):
            Localized(
                en: "'\(path)' is invalid, so the manifest cannot be edited; fix it first (spbe lint --worktree)",
                indonesian:
                    "'\(path)' tidak sah sehingga manifes tidak dapat diubah; perbaiki dulu (spbe lint --worktree)")
        case .agencyExists(let agency, let scope):
            Localized(
                en: "scope '\(scope)' already has agency '\(agency)'",
                indonesian: "lingkup '\(scope)' sudah memiliki perangkat daerah '\(agency)'")
        case .fileExists(let path):
            Localized(
                en: "'\(path)' already exists; remove it or choose another agency id",
                indonesian: "'\(path)' sudah ada; hapus atau pilih id perangkat daerah lain")
        case .unknownIndicator(let indicator, let framework):
            Localized(
                en: "'\(indicator)' is not an indicator of framework '\(framework)'",
                indonesian: "'\(indicator)' bukan indikator kerangka '\(framework)'")
        }
    }
}

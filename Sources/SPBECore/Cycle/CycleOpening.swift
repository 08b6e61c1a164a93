/// What opening a review cycle does to one scope, decided without git: the manifest moves to the new cycle (and
/// framework), every indicator of the framework gets an owner, and each agency file is prepared for the cycle.
///
/// Same framework (2024 → 2025): ownership stays unless an owners map is given; each agency keeps its
/// indicators' levels, explanations, evidence and follow-ups as the starting point, and the assessors' levels
/// are cleared. New framework (2025 → 2026): the old indicators leave every file (history keeps them), each new
/// indicator goes to the agency the owners map names, else to the coordinator, and agencies that now own
/// indicators but have no file get an empty one.
public struct CycleOpening {
    /// One agency file's preparation.
    public struct AgencyChange: Sendable {
        public let agency: String
        public let path: String
        /// Indicators removed from the file (no longer owned, or not in the new framework).
        public let removed: [String]
        /// Indicators kept, with their levels as the starting point.
        public let kept: Int
        /// Indicators whose assessors' levels were cleared.
        public let assessorCleared: Int
        /// The file did not exist and was created empty.
        public let created: Bool
        /// Indicators the agency owns in the new cycle.
        public let owns: [String]
    }

    public let scope: String
    public let oldCycle: String
    public let newCycle: String
    public let oldFramework: String
    public let newFramework: String
    /// Path → new content, for the manifest and every agency file that changes.
    public let files: [String: [UInt8]]
    public let agencies: [AgencyChange]
    /// Indicators given to the coordinator because the owners map did not name an agency for them.
    public let givenToCoordinator: [String]

    public var frameworkChanged: Bool { oldFramework != newFramework }

    /// Prepares `scope` for cycle `cycle` under `framework`; `owners` maps agency id → indicator ids.
    public init(
        scope: LoadedScope, cycle: String, framework: Framework, owners: [String: [String]]?, start: String,
        end: String
    ) throws(CycleError) {
        guard let manifest = scope.manifest, let document = scope.manifestFile.document else {
            throw .invalidFile(scope.manifestFile.path)
        }
        if let invalid = scope.agencyFiles.first(where: { $0.assessment == nil }) {
            throw .invalidFile(invalid.path)
        }
        // Agency files are named after the manifest's ids: one that is no plain id would name another file.
        guard ([manifest.coordinatorAgency] + manifest.agencies.map(\.id)).allSatisfy(AssessmentPath.isAgencyID) else {
            throw .invalidFile(scope.manifestFile.path)
        }
        guard Self.isLater(cycle, than: manifest.cycle.id) else { throw .notLater(cycle, manifest.cycle.id) }
        guard framework.applies(toCycle: cycle) else { throw .frameworkDoesNotApply(framework.id, cycle) }
        self.scope = scope.id
        oldCycle = manifest.cycle.id
        newCycle = cycle
        oldFramework = manifest.framework
        newFramework = framework.id
        let sameFramework = manifest.framework == framework.id

        let ownership = try Self.ownership(manifest, framework, owners, keep: sameFramework && owners == nil)
        givenToCoordinator = ownership.toCoordinator
        var files: [String: [UInt8]] = [:]
        files[scope.manifestFile.path] = Self.manifest(
            document.root, manifest: manifest, owned: ownership.owned, cycle: cycle, framework: framework,
            start: start, end: end)

        var changes: [AgencyChange] = []
        var withFile: Set<String> = []
        for file in scope.agencyFiles {
            guard let assessment = file.assessment, let root = file.document?.root else { continue }
            withFile.insert(assessment.agency)
            let owned = Set(ownership.owned[assessment.agency] ?? [])
            var kept: [(String, OutputJSON)] = []
            var removed: [String] = []
            var cleared = 0
            for member in root["indicators"]?.members ?? [] {
                guard owned.contains(member.key), framework.indicator(member.key) != nil else {
                    removed.append(member.key)
                    continue
                }
                if member.node["assessor"] != nil { cleared += 1 }
                kept.append((member.key, OutputJSON(member.node).setting("assessor", nil)))
            }
            let output = OutputJSON(root).setting("cycle", .string(cycle)).setting("indicators", .object(kept))
            files[file.path] = Array(output.rendered.utf8)
            changes.append(
                AgencyChange(
                    agency: assessment.agency, path: file.path, removed: removed, kept: kept.count,
                    assessorCleared: cleared, created: false, owns: ownership.owned[assessment.agency] ?? []))
        }
        for (agency, indicators) in ownership.order.compactMap({ id in ownership.owned[id].map { (id, $0) } })
        where !indicators.isEmpty && !withFile.contains(agency) {
            let path = AssessmentPath.agencyFile(of: agency, in: scope.id)
            files[path] = Templates.agencyFile(agency: agency, cycle: cycle)
            changes.append(
                AgencyChange(
                    agency: agency, path: path, removed: [], kept: 0, assessorCleared: 0, created: true,
                    owns: indicators))
        }
        self.files = files
        agencies = changes
    }

    /// Cycle ids compare as numbers when both are (`999` is not later than `2026`), else as text (`2026-b`).
    static func isLater(_ cycle: String, than current: String) -> Bool {
        if let new = Int(cycle), let old = Int(current) { return new > old }
        let digits = { (text: String) in text.prefix { $0.isNumber } }
        if let new = Int(digits(cycle)), let old = Int(digits(current)), new != old { return new > old }
        return cycle > current
    }

    /// Each agency's indicators in the new cycle, agencies in manifest order (the coordinator added if missing).
    private static func ownership(
        _ manifest: Manifest, _ framework: Framework, _ owners: [String: [String]]?, keep: Bool
    ) throws(CycleError) -> (owned: [String: [String]], order: [String], toCoordinator: [String]) {
        var order = manifest.agencies.map(\.id)
        if !order.contains(manifest.coordinatorAgency) { order.append(manifest.coordinatorAgency) }
        var owned: [String: [String]] = [:]
        if keep {
            for agency in manifest.agencies { owned[agency.id] = agency.indicators }
            return (owned, order, [])
        }
        var ownerOf: [String: String] = [:]
        for (agency, indicators) in (owners ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard order.contains(agency) else { throw .unknownAgency(agency) }
            for indicator in indicators {
                guard framework.indicator(indicator) != nil else { throw .unknownIndicator(indicator, framework.id) }
                if let other = ownerOf[indicator], other != agency { throw .ownedTwice(indicator, other, agency) }
                ownerOf[indicator] = agency
            }
        }
        var toCoordinator: [String] = []
        for agency in order { owned[agency] = [] }
        for indicator in framework.indicators {
            let agency = ownerOf[indicator.id] ?? manifest.coordinatorAgency
            if ownerOf[indicator.id] == nil { toCoordinator.append(indicator.id) }
            owned[agency, default: []].append(indicator.id)
        }
        return (owned, order, toCoordinator)
    }

    /// The manifest for the new cycle: framework, cycle id and dates, the predikat basis, ownership.
    private static func manifest(
        _ root: JSONNode, manifest: Manifest, owned: [String: [String]], cycle: String, framework: Framework,
        start: String, end: String
    ) -> [UInt8] {
        var agencies: [(String, OutputJSON)] = (root["agencies"]?.members ?? []).map { member in
            (
                member.key,
                OutputJSON(member.node).setting("indicators", .array((owned[member.key] ?? []).map { .string($0) }))
            )
        }
        if !agencies.contains(where: { $0.0 == manifest.coordinatorAgency }) {
            agencies.append(
                (
                    manifest.coordinatorAgency,
                    .object([
                        ("name", .string(manifest.coordinatorAgency)),
                        ("maintainers", .array(manifest.coordinatorMaintainers.map { .string($0) })),
                        ("indicators", .array((owned[manifest.coordinatorAgency] ?? []).map { .string($0) })),
                    ])
                ))
        }
        let cycleObject = OutputJSON.object([
            ("id", .string(cycle)), ("start", .string(start)), ("end", .string(end)),
            ("predikatFrom", .string(framework.predikatFromRounded ? "rounded" : "exact")),
        ])
        let output = OutputJSON(root).setting("framework", .string(framework.id)).setting("cycle", cycleObject)
            .setting("agencies", .object(agencies))
        return Array(output.rendered.utf8)
    }
}

/// Why a cycle cannot be opened.
public enum CycleError: Error, Equatable, Sendable {
    case invalidFile(String)
    case notLater(String, String)
    case frameworkDoesNotApply(String, String)
    case unknownAgency(String)
    case unknownIndicator(String, String)
    case ownedTwice(String, String, String)

    public var message: Localized {
        switch self {
        case .invalidFile(let path):
            Localized(
                en: "'\(path)' is invalid, so the cycle cannot be opened; fix it first",
                indonesian: "'\(path)' tidak sah sehingga siklus tidak dapat dibuka; perbaiki dulu")
        case .notLater(let new, let current):
            Localized(
                en: "cycle '\(new)' is not later than the current cycle '\(current)'",
                indonesian: "siklus '\(new)' tidak lebih baru dari siklus berjalan '\(current)'")
        case .frameworkDoesNotApply(let framework, let cycle):
            Localized(
                en: "framework '\(framework)' does not apply to cycle '\(cycle)'; choose the framework for that cycle",
                indonesian:
                    "kerangka '\(framework)' tidak berlaku untuk siklus '\(cycle)'; pilih kerangka untuk siklus itu")
        case .unknownAgency(let agency):
            Localized(
                en: "the owners file names agency '\(agency)', which the manifest does not list",
                indonesian: "berkas pemilik menyebut perangkat daerah '\(agency)' yang tidak ada di manifes")
        case .unknownIndicator(let indicator, let framework):
            Localized(
                en: "the owners file names indicator '\(indicator)', which is not in framework '\(framework)'",
                indonesian: "berkas pemilik menyebut indikator '\(indicator)' yang tidak ada di kerangka '\(framework)'"
            )
        case .ownedTwice(let indicator, let first, let second):
            Localized(
                en: "the owners file gives indicator '\(indicator)' to both '\(first)' and '\(second)'",
                indonesian:
                    "berkas pemilik memberikan indikator '\(indicator)' kepada '\(first)' dan '\(second)' sekaligus")
        }
    }
}

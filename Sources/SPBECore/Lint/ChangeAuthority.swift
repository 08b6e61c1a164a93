/// Who may change what, read from the manifests at base: an agency file's own fields its agency's maintainers,
/// its `assessor` levels the assessors, evidence the agency that cites it, everything the coordinators. The same
/// authority whether the person is claimed by an author email (`unauthorized-change`) or proven by a signing key
/// (`signature-required`).
struct ChangeAuthority {
    let context: LintContext
    let base: LoadedRevision
    let manifests: [String: Manifest]
    let coordinators: Set<String>

    /// Nil without a base, or when the base has no manifest (nothing grants anything yet).
    init?(_ context: LintContext) {
        guard let base = context.base else { return nil }
        var manifests: [String: Manifest] = [:]
        for scope in base.scopes { manifests[scope.id] = scope.manifest }
        guard !manifests.isEmpty else { return nil }
        self.context = context
        self.base = base
        self.manifests = manifests
        coordinators = Set(manifests.values.flatMap(\.coordinatorMaintainers).map(\.emailKey))
    }

    /// Who a change to the parts `fields` of `path` needs that `email` is not, in words; nil when `email` may
    /// make it.
    func lacking(_ email: String, path: String, fields: ChangedFields) -> Localized? {
        let person = email.emailKey
        return rights(path, fields: fields).first { !$0.0.contains(person) }?.1
    }

    /// Who the commit's kept change to `path` needs that `email` is not; nil when `email` may make it.
    func lacking(_ email: String, path: String, commit: LintContext.CommitChanges) -> Localized? {
        lacking(email, path: path, fields: commit.fields[path] ?? .agency)
    }

    /// The rights a change to `path` needs: each a set of emails and who they are. Every path is governed: an
    /// agency file by its agency (and its `assessor` levels by the assessors), evidence below `evidence/` by the
    /// agency it belongs to, everything else (manifests, schemas, CI configuration, CODEOWNERS, scripts, docs,
    /// evidence elsewhere) by the coordinators alone.
    func rights(_ path: String, fields: ChangedFields) -> [(Set<String>, Localized)] {
        if AssessmentPath(path).agency != nil {
            var rights: [(Set<String>, Localized)] = []
            if fields.contains(.agency) || fields.isEmpty { rights.append(fileAuthors(path)) }
            if fields.contains(.assessor) { rights.append(assessorAuthors(path)) }
            return rights
        }
        if path.hasPrefix(AssessmentPath.evidenceFolder + "/") { return [evidenceAuthors(path)] }
        return [fileAuthors(path)]
    }

    /// Who may change an evidence file: the agencies whose file cites it at base (for a file the merge request
    /// adds, at the revision), the agency its folder is named after (`evidence/<agency>/…`), and the coordinators.
    private func evidenceAuthors(_ path: String) -> (Set<String>, Localized) {
        func citing(_ revision: LoadedRevision) -> [Manifest.Agency] {
            revision.scopes.flatMap { scope in
                scope.assessments.filter { file in
                    file.indicators.contains { $0.evidence.contains { $0.path == path } }
                }.compactMap { scope.manifest?.agency($0.agency) }
            }
        }
        var owners = citing(base)
        if context.addedPaths.contains(path) { owners += citing(context.revision) }
        let folder = path.split(separator: "/").dropFirst().first.map(String.init)
        owners += base.scopes.compactMap { scope in folder.flatMap { scope.manifest?.agency($0) } }
        let ids = Array(Set(owners.map(\.id))).sorted()
        let allowed = coordinators.union(owners.flatMap(\.maintainers).map(\.emailKey))
        let who =
            ids.isEmpty
            ? Localized(
                en: "the coordinators (no agency cites it)",
                indonesian: "koordinator (tidak dirujuk perangkat daerah mana pun)"
            )
            : Localized(
                en: "maintainers of '\(ids.joined(separator: "', '"))', whose evidence it is, or the coordinators",
                indonesian: "pengelola '\(ids.joined(separator: "', '"))', pemilik data dukung ini, atau koordinator")
        return (allowed, who)
    }

    /// Who may change the assessors' levels in an agency file: the scope's assessors and coordinators.
    private func assessorAuthors(_ path: String) -> (Set<String>, Localized) {
        guard let scope = AssessmentPath(path).scope, let manifest = manifests[scope] else {
            return (coordinators, Localized(en: "the coordinators", indonesian: "koordinator"))
        }
        let who =
            manifest.assessorMaintainers.isEmpty
            ? Localized(
                en: "the coordinators (its 'assessor' levels; the manifest names no assessors)",
                indonesian: "koordinator (tingkat 'assessor'-nya; manifes tidak menyebut asesor)")
            : Localized(
                en: "the assessors or the coordinators (its 'assessor' levels)",
                indonesian: "asesor atau koordinator (tingkat 'assessor'-nya)")
        return (Set((manifest.assessorMaintainers + manifest.coordinatorMaintainers).map(\.emailKey)), who)
    }

    /// Who may change a path (for an agency file, its agency's part): an agency file's agency and the scope's
    /// coordinators; anything else in a scope its coordinators; every other path all the coordinators.
    private func fileAuthors(_ path: String) -> (Set<String>, Localized) {
        let coordinatorText = Localized(en: "the coordinators", indonesian: "koordinator")
        let location = AssessmentPath(path)
        guard let scope = location.scope, let manifest = manifests[scope] else {
            return (coordinators, coordinatorText)
        }
        let scopeCoordinators = Set(manifest.coordinatorMaintainers.map(\.emailKey))
        guard let agency = location.agency.flatMap(manifest.agency) else {
            return (
                scopeCoordinators,
                Localized(en: "the coordinators of '\(manifest.id)'", indonesian: "koordinator '\(manifest.id)'")
            )
        }
        return (
            scopeCoordinators.union(agency.maintainers.map(\.emailKey)),
            Localized(
                en: "maintainers of '\(agency.id)' or the coordinators",
                indonesian: "pengelola '\(agency.id)' atau koordinator"
            )
        )
    }
}

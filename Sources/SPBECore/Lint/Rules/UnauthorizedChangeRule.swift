/// `unauthorized-change`: with `--base`, every non-merge commit of `base..HEAD` may change an agency file's levels,
/// explanations, evidence and follow-ups only if its author is a maintainer of that agency or a coordinator, its
/// assessors' levels (`assessor`) only if an assessor or a coordinator, and the manifest or `schemas/` only if a
/// coordinator; all of them read from the manifests at base, so a change cannot grant itself the right.
///
/// Author emails can be forged: pair this with protected branches, CODEOWNERS review and signed commits.
struct UnauthorizedChangeRule: LintRule {
    static let id = "unauthorized-change"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en:
            "with --base: each commit changes only what its author may (agency fields, assessors' levels, manifests; per the manifests at base)",
        id:
            "dengan --base: setiap commit hanya mengubah yang boleh diubah penulisnya (isian perangkat daerah, tingkat asesor, manifes; menurut manifes di base)"
    )
    static let examples: [RuleExample] = [
        RuleExample(
            triggers: true, base: [:],
            commits: [(author: "pel@desa.go.id", paths: ["assessments/desa/sekretariat.json"])]),
        RuleExample(
            triggers: true, base: [:], commits: [(author: "sek@desa.go.id", paths: ["assessments/desa/instansi.json"])]),
        // An agency cannot record its own assessors' levels, even in its own file.
        RuleExample(
            triggers: true, files: ["assessments/desa/pelayanan.json": withAssessor], base: [:],
            commits: [(author: "pel@desa.go.id", paths: ["assessments/desa/pelayanan.json"])]),
        RuleExample(
            triggers: false,
            files: [
                "assessments/desa/pelayanan.json": withAssessor,
                "assessments/desa/instansi.json": ExampleRepository.manifest(
                    extra: ", \"assessors\": {\"maintainers\": [\"asesor@desa.go.id\"]}"),
            ],
            base: [
                "assessments/desa/instansi.json": ExampleRepository.manifest(
                    extra: ", \"assessors\": {\"maintainers\": [\"asesor@desa.go.id\"]}")
            ],
            commits: [(author: "asesor@desa.go.id", paths: ["assessments/desa/pelayanan.json"])]),
        // Evidence belongs to the agency whose file cites it, or whose folder it is in.
        RuleExample(
            triggers: true, files: ["evidence/sekretariat/sk.txt": "diubah"],
            base: ["evidence/sekretariat/sk.txt": "asli"],
            commits: [(author: "pel@desa.go.id", paths: ["evidence/sekretariat/sk.txt"])]),
        RuleExample(
            triggers: false, files: ["evidence/sekretariat/sk.txt": "diubah"],
            base: ["evidence/sekretariat/sk.txt": "asli"],
            commits: [(author: "sek@desa.go.id", paths: ["evidence/sekretariat/sk.txt"])]),
        RuleExample(
            triggers: false, base: [:],
            commits: [
                (author: "pel@desa.go.id", paths: ["assessments/desa/pelayanan.json"]),
                (
                    author: "Koordinator@Desa.go.id",
                    paths: ["assessments/desa/instansi.json", "schemas/frameworks/mini.json"]
                ),
            ]),
    ]

    /// Pelayanan's file with the assessors' document level on its indicator.
    static let withAssessor = ExampleRepository.baseline["assessments/desa/pelayanan.json"]!
        .replacingOccurrences("\"level\": 2,", "\"level\": 2, \"assessor\": {\"document\": 3},")

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        guard let base = context.base else { return }
        var manifests: [String: Manifest] = [:]
        for scope in base.scopes { manifests[scope.id] = scope.manifest }
        guard !manifests.isEmpty else { return }
        let coordinators = Set(manifests.values.flatMap(\.coordinatorMaintainers).map { $0.lowercased() })
        for commit in context.commits {
            let author = commit.authorEmail.lowercased()
            for path in commit.paths {
                let fields = commit.fields[path] ?? .agency
                var rights: [(Set<String>, Localized)] = []
                if fields.contains(.agency) || fields.isEmpty || AssessmentPath(path).agency == nil,
                    let right = allowedAuthors(path, manifests: manifests, coordinators: coordinators)
                {
                    rights.append(right)
                }
                if fields.contains(.assessor), let right = assessorAuthors(path, manifests: manifests) {
                    rights.append(right)
                }
                if path.hasPrefix(AssessmentPath.evidenceFolder + "/") {
                    rights.append(evidenceAuthors(path, context, base, coordinators))
                }
                guard let (_, who) = rights.first(where: { !$0.0.contains(author) }) else { continue }
                let short = String(commit.commit.prefix(7))
                findings.append(
                    Finding(
                        rule: id, path: path,
                        message: Localized(
                            en:
                                "commit \(short) by \(commit.authorName) <\(commit.authorEmail)> changes '\(path)', which only \(who.en) may change (per the manifest at base); ask them to make the change",
                            id:
                                "commit \(short) oleh \(commit.authorName) <\(commit.authorEmail)> mengubah '\(path)', yang hanya boleh diubah \(who.id) (menurut manifes di base); minta mereka yang mengubahnya"
                        ),
                        commit: commit.commit))
            }
        }
    }

    /// Who may change an evidence file: the agencies whose file cites it (at base; for a new file, at the
    /// revision), the agency its folder is named after (`evidence/<agency>/…`), and the coordinators.
    private static func evidenceAuthors(
        _ path: String, _ context: LintContext, _ base: LoadedRevision, _ coordinators: Set<String>
    ) -> (Set<String>, Localized) {
        func citing(_ revision: LoadedRevision) -> [Manifest.Agency] {
            revision.scopes.flatMap { scope in
                scope.assessments.filter { file in
                    file.indicators.contains { $0.evidence.contains { $0.path == path } }
                }.compactMap { scope.manifest?.agency($0.agency) }
            }
        }
        var owners = citing(base)
        if owners.isEmpty { owners = citing(context.revision) }
        let folder = path.split(separator: "/").dropFirst().first.map(String.init)
        owners += base.scopes.compactMap { scope in folder.flatMap { scope.manifest?.agency($0) } }
        let ids = Array(Set(owners.map(\.id))).sorted()
        let allowed = coordinators.union(owners.flatMap(\.maintainers).map { $0.lowercased() })
        let who =
            ids.isEmpty
            ? Localized(
                en: "the coordinators (no agency cites it)", id: "koordinator (tidak dirujuk perangkat daerah mana pun)"
            )
            : Localized(
                en: "maintainers of '\(ids.joined(separator: "', '"))', whose evidence it is, or the coordinators",
                id: "pengelola '\(ids.joined(separator: "', '"))', pemilik data dukung ini, atau koordinator")
        return (allowed, who)
    }

    /// Who may change the assessors' levels in an agency file: the scope's assessors and coordinators.
    private static func assessorAuthors(_ path: String, manifests: [String: Manifest]) -> (Set<String>, Localized)? {
        guard let scope = AssessmentPath(path).scope, let manifest = manifests[scope] else { return nil }
        return (
            Set((manifest.assessorMaintainers + manifest.coordinatorMaintainers).map { $0.lowercased() }),
            Localized(
                en: "the assessors or the coordinators (its 'assessor' levels)",
                id: "asesor atau koordinator (tingkat 'assessor'-nya)")
        )
    }

    /// Who may change a path (for an agency file, its agency's part), or nil when the rule does not govern it.
    private static func allowedAuthors(_ path: String, manifests: [String: Manifest], coordinators: Set<String>) -> (
        Set<String>, Localized
    )? {
        let coordinatorText = Localized(en: "the coordinators", id: "koordinator")
        if path.hasPrefix("schemas/") { return (coordinators, coordinatorText) }
        let location = AssessmentPath(path)
        guard let scope = location.scope else { return nil }
        guard let manifest = manifests[scope] else { return (coordinators, coordinatorText) }
        let scopeCoordinators = Set(manifest.coordinatorMaintainers.map { $0.lowercased() })
        guard let agency = location.agency.flatMap(manifest.agency) else {
            return (
                scopeCoordinators,
                Localized(en: "the coordinators of '\(manifest.id)'", id: "koordinator '\(manifest.id)'")
            )
        }
        return (
            scopeCoordinators.union(agency.maintainers.map { $0.lowercased() }),
            Localized(
                en: "maintainers of '\(agency.id)' or the coordinators", id: "pengelola '\(agency.id)' atau koordinator"
            )
        )
    }
}

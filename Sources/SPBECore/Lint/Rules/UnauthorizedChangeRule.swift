/// `unauthorized-change`: with `--base`, every non-merge commit of `base..HEAD` may change an agency file only
/// if its author is a maintainer of that agency or a coordinator, and the manifest or `schemas/` only if a
/// coordinator; maintainers are read from the manifests at base, so a change cannot grant itself the right.
///
/// Author emails can be forged: pair this with protected branches, CODEOWNERS review and signed commits.
struct UnauthorizedChangeRule: LintRule {
    static let id = "unauthorized-change"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "with --base: each commit changes only files its author maintains (per the manifests at base)",
        id: "dengan --base: setiap commit hanya mengubah berkas yang dikelola penulisnya (menurut manifes di base)")
    static let examples: [RuleExample] = [
        RuleExample(
            triggers: true, base: [:],
            commits: [(author: "pel@desa.go.id", paths: ["assessments/desa/sekretariat.json"])]),
        RuleExample(
            triggers: true, base: [:], commits: [(author: "sek@desa.go.id", paths: ["assessments/desa/instansi.json"])]),
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

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        guard let base = context.base else { return }
        var manifests: [String: Manifest] = [:]
        for scope in base.scopes { manifests[scope.id] = scope.manifest }
        guard !manifests.isEmpty else { return }
        let coordinators = Set(manifests.values.flatMap(\.coordinatorMaintainers).map { $0.lowercased() })
        for commit in context.commits {
            let author = commit.authorEmail.lowercased()
            for path in commit.paths {
                guard let (allowed, who) = allowedAuthors(path, manifests: manifests, coordinators: coordinators),
                    !allowed.contains(author)
                else { continue }
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

    /// Who may change a path, or nil when the rule does not govern it.
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

/// `signature-advised`: where manifests at base list signing keys without requiring them, a commit that is not
/// signed by a listed key of someone allowed to make its change is worth a look (a warning).
struct SignatureAdvisedRule: LintRule {
    static let id = "signature-advised"
    static let defaultSeverity = Severity.warning
    static let summary = Localized(
        en: "with --base, where the manifest lists keys without requiring them: each commit is signed by a listed key",
        indonesian:
            "dengan --base, bila manifes mencantumkan kunci tanpa mewajibkan: setiap commit ditandatangani kunci terdaftar"
    )
    static let examples: [RuleExample] = [
        RuleExample(
            triggers: true, files: ["assessments/desa/instansi.json": listed],
            base: ["assessments/desa/instansi.json": listed],
            commits: [(author: "pel@desa.go.id", paths: ["assessments/desa/pelayanan.json"])], signature: .unlistedKey),
        RuleExample(
            triggers: false, files: ["assessments/desa/instansi.json": listed],
            base: ["assessments/desa/instansi.json": listed],
            commits: [(author: "pel@desa.go.id", paths: ["assessments/desa/pelayanan.json"])],
            signature: .verified(signer: "pel@desa.go.id")),
    ]

    /// The baseline manifest listing one key, not requiring signatures.
    static let listed = ExampleRepository.manifest(
        extra: ", \"signing\": {\"keys\": {\"pel@desa.go.id\": [\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE\"]}}")

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        findings += SignatureCheck.findings(context, rule: id, required: false)
    }
}

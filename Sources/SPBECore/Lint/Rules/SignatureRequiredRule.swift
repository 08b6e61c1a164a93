/// `signature-required`: where a manifest at base sets `signing.required`, every commit of `base..HEAD` is signed
/// by a key the manifests at base list for a person allowed to make its change. Proven by key, not claimed by email.
struct SignatureRequiredRule: LintRule {
    static let id = "signature-required"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en:
            "with --base, where the manifest requires it: each commit is signed by a listed key of someone allowed to make its change",
        indonesian:
            "dengan --base, bila manifes mewajibkan: setiap commit ditandatangani kunci terdaftar milik orang yang berhak atas perubahannya"
    )
    static let examples: [RuleExample] = [
        RuleExample(
            triggers: true, files: ["assessments/desa/instansi.json": required],
            base: ["assessments/desa/instansi.json": required],
            commits: [(author: "pel@desa.go.id", paths: ["assessments/desa/pelayanan.json"])], signature: .unsigned),
        RuleExample(
            triggers: true, files: ["assessments/desa/instansi.json": required],
            base: ["assessments/desa/instansi.json": required],
            commits: [(author: "pel@desa.go.id", paths: ["assessments/desa/pelayanan.json"])],
            signature: .verified(signer: "sek@desa.go.id")),
        RuleExample(
            triggers: false, files: ["assessments/desa/instansi.json": required],
            base: ["assessments/desa/instansi.json": required],
            commits: [(author: "pel@desa.go.id", paths: ["assessments/desa/pelayanan.json"])],
            signature: .verified(signer: "pel@desa.go.id")),
        RuleExample(
            triggers: false, base: [:],
            commits: [(author: "pel@desa.go.id", paths: ["assessments/desa/pelayanan.json"])],
            signature: .unsigned),
    ]

    /// The baseline manifest requiring signatures and listing one key.
    static let required = ExampleRepository.manifest(
        extra:
            ", \"signing\": {\"required\": true, \"keys\": {\"pel@desa.go.id\": [\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE\"]}}"
    )

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        findings += SignatureCheck.findings(context, rule: id, required: true)
    }
}

/// `agency-file-deleted`: deleting an agency's file while the manifest still lists the agency drops all its
/// indicators to 0; remove the agency from the manifest (coordinators) or restore the file.
struct AgencyFileDeletedRule: LintRule {
    static let id = "agency-file-deleted"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "with --base: an agency file is not deleted while its agency is still in the manifest",
        indonesian:
            "dengan --base: berkas perangkat daerah tidak dihapus selama perangkat daerahnya masih ada di manifes")
    static let examples: [RuleExample] = [
        .triggers(["assessments/desa/pelayanan.json": nil], base: [:]),
        .passes([:], base: [:]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        guard let base = context.base else { return }
        for scope in context.revision.scopes {
            guard let manifest = scope.manifest, let old = base.scopes.first(where: { $0.id == scope.id }) else {
                continue
            }
            let present = Set(scope.agencyFiles.map(\.path))
            for file in old.agencyFiles where !present.contains(file.path) {
                guard let agency = AssessmentPath(file.path).agency, manifest.agency(agency) != nil else { continue }
                findings.append(
                    Finding(
                        rule: id, path: scope.manifestFile.path, anchor: .key(JSONPointer(["agencies", agency])),
                        message: Localized(
                            en:
                                "'\(file.path)' was deleted but agency '\(agency)' is still in the manifest, so its indicators count as 0; restore the file or remove the agency",
                            indonesian:
                                "'\(file.path)' dihapus tetapi perangkat daerah '\(agency)' masih ada di manifes sehingga indikatornya dihitung 0; pulihkan berkasnya atau hapus perangkat daerahnya"
                        )))
            }
        }
    }
}

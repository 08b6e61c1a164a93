import SPBECore

extension Messages {
    static func badCycleID(_ cycle: String) -> Localized {
        Localized(
            en: "'\(cycle)' is not a cycle id; use letters, digits and '-', e.g. 2026",
            indonesian: "'\(cycle)' bukan id siklus; gunakan huruf, angka dan '-', mis. 2026")
    }
    static let bareRepository = Localized(
        en: "this repository has no working tree; run the command in a clone",
        indonesian: "repositori ini tidak memiliki pohon kerja; jalankan perintah di sebuah clone")
    static func dirtyTree(_ paths: [String]) -> Localized {
        let shown = paths.prefix(5).joined(separator: ", ") + (paths.count > 5 ? ", …" : "")
        return Localized(
            en:
                "the working tree has uncommitted changes (\(shown)); commit or stash them first, so that opening the cycle is one reviewable change",
            indonesian:
                "assessments/ atau schemas/ memiliki perubahan yang belum di-commit (\(shown)); commit dulu (atau 'git stash -u') agar pembukaan siklus menjadi satu perubahan yang dapat ditinjau"
        )
    }
    static func badOwnersFile(_ path: String) -> Localized {
        Localized(
            en: "'\(path)' is not an owners file; write a JSON object {\"agency-id\": [\"indicator-id\", …]}",
            indonesian:
                "'\(path)' bukan berkas pemilik; tulis objek JSON {\"id-perangkat-daerah\": [\"id-indikator\", …]}")
    }
    static func cycleOpened(
        _ scope: String, _ old: String, _ new: String, _ oldFramework: String, _ newFramework: String
    )
        -> Localized
    {
        oldFramework == newFramework
            ? Localized(
                en: "\(scope): cycle \(old) → \(new) (\(newFramework))",
                indonesian: "\(scope): siklus \(old) → \(new) (\(newFramework))")
            : Localized(
                en: "\(scope): cycle \(old) → \(new), framework \(oldFramework) → \(newFramework)",
                indonesian: "\(scope): siklus \(old) → \(new), kerangka \(oldFramework) → \(newFramework)")
    }
    static func cycleAgencyLine(_ change: CycleOpening.AgencyChange) -> Localized {
        let removed = change.removed.isEmpty ? "" : ", removed \(change.removed.joined(separator: " "))"
        let removedID = change.removed.isEmpty ? "" : ", dihapus \(change.removed.joined(separator: " "))"
        let cleared = change.assessorCleared == 0 ? "" : ", assessors' levels cleared on \(change.assessorCleared)"
        let clearedID = change.assessorCleared == 0 ? "" : ", tingkat asesor dikosongkan pada \(change.assessorCleared)"
        return Localized(
            en:
                "  \(change.path)\(change.created ? " (new)" : ""): owns \(change.owns.count), kept \(change.kept)\(removed)\(cleared)",
            indonesian:
                "  \(change.path)\(change.created ? " (baru)" : ""): memiliki \(change.owns.count), dipertahankan \(change.kept)\(removedID)\(clearedID)"
        )
    }
    static func givenToCoordinator(_ ids: [String]) -> Localized {
        Localized(
            en: "  given to the coordinator until shared out: \(ids.joined(separator: " "))",
            indonesian: "  diberikan ke koordinator sampai dibagikan: \(ids.joined(separator: " "))")
    }
    static func schemasRefreshed(_ paths: [String]) -> Localized {
        Localized(
            en: "schemas updated to this spbe's: \(paths.joined(separator: ", "))",
            indonesian: "skema diperbarui ke versi spbe ini: \(paths.joined(separator: ", "))")
    }
    static func cycleNextSteps(_ cycle: String, shareOut: Bool) -> Localized {
        Localized(
            en: """
                nothing is committed. Next:
                  spbe lint --worktree          check the prepared files
                  git add -A && git commit -m "Buka siklus \(cycle)"
                \(shareOut ? "  share the indicators out in the manifest, then each agency fills in its file" : "  each agency reviews its file for the new cycle")
                """,
            indonesian: """
                belum ada yang di-commit. Selanjutnya:
                  spbe lint --worktree          periksa berkas yang disiapkan
                  git add -A && git commit -m "Buka siklus \(cycle)"
                \(shareOut ? "  bagikan indikator di manifes, lalu setiap perangkat daerah mengisi berkasnya" : "  setiap perangkat daerah mereviu berkasnya untuk siklus baru")
                """)
    }
}

/// What `spbe cycle open` changed, and what to do next.
struct CycleReport {
    let openings: [CycleOpening]
    let schemas: [String]
    let language: Language

    func text() -> String {
        var out = ""
        for opening in openings {
            out +=
                Messages.cycleOpened(
                    opening.scope, opening.oldCycle, opening.newCycle, opening.oldFramework, opening.newFramework
                ).text(language) + "\n"
            for change in opening.agencies { out += Messages.cycleAgencyLine(change).text(language) + "\n" }
            if !opening.givenToCoordinator.isEmpty {
                out += Messages.givenToCoordinator(opening.givenToCoordinator).text(language) + "\n"
            }
        }
        if !schemas.isEmpty { out += Messages.schemasRefreshed(schemas).text(language) + "\n" }
        let shareOut = openings.contains { !$0.givenToCoordinator.isEmpty }
        return out + Messages.cycleNextSteps(openings.first?.newCycle ?? "", shareOut: shareOut).text(language) + "\n"
    }
}

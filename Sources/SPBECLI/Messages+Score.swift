import SPBECore

extension Messages {
    static let noScopes = Localized(
        en:
            "no scope found: no 'assessments/<id>/instansi.json' in this revision; create one with 'spbe init' or check '--rev'",
        indonesian:
            "tidak ada lingkup: tidak ada 'assessments/<id>/instansi.json' di revisi ini; buat dengan 'spbe init' atau periksa '--rev'"
    )
    static func unknownScope(_ scope: String, _ known: [String]) -> Localized {
        let list = Messages.list(known)
        return suggesting(
            Localized(
                en: "no scope '\(scope)' in this revision; scopes here: \(list.en)",
                indonesian: "tidak ada lingkup '\(scope)' di revisi ini; lingkup yang ada: \(list.indonesian)"), scope,
            among: known)
    }
    /// `--agency` naming no agency; an instansi's id is told apart (it is a scope, chosen with `--scope`).
    static func unknownAgencyOption(_ agency: String, _ known: [String], scopes: [String] = []) -> Localized {
        if scopes.contains(agency) {
            return Localized(
                en:
                    "'\(agency)' is the instansi (a scope), not an agency; use --scope \(agency), or --agency with one of: "
                    + Messages.list(known).en,
                indonesian:
                    "'\(agency)' adalah instansi (lingkup), bukan perangkat daerah; pakai --scope \(agency), atau "
                    + "--agency dengan salah satu dari: " + Messages.list(known).indonesian)
        }
        let list = Messages.list(known)
        return suggesting(
            Localized(
                en: "no agency '\(agency)' in this revision; agencies here: \(list.en)",
                indonesian:
                    "tidak ada perangkat daerah '\(agency)' di revisi ini; perangkat daerah yang ada: \(list.indonesian)"
            ),
            agency,
            among: known)
    }
    static let openFollowUpsHeader = Localized(en: "open follow-ups", indonesian: "tindak lanjut terbuka")
    static func indicatorCount(_ count: Int) -> Localized {
        Localized(en: "\(count) indicator(s)", indonesian: "\(count) indikator")
    }
    static func evidenceCovers(_ level: Int) -> Localized {
        Localized(en: "(evidence covers \(level))", indonesian: "(data dukung mencakup \(level))")
    }
    static let nameHeader = Localized(en: "name", indonesian: "nama")
    static func skippedInvalidFile(_ path: String, lint: String = "spbe lint") -> Localized {
        Localized(
            en: "'\(path)' is invalid and was left out of the score; run '\(lint)' to see why",
            indonesian: "'\(path)' tidak sah dan tidak ikut dinilai; jalankan '\(lint)' untuk melihat sebabnya")
    }
    static func partialScore(_ paths: [String], lint: String = "spbe lint") -> Localized {
        Localized(
            en:
                "PARTIAL: computed without \(paths.count) invalid file(s), so this is not the instansi's index: \(paths.joined(separator: ", ")); run '\(lint)' to see why",
            indonesian:
                "PARSIAL: dihitung tanpa \(paths.count) berkas tidak sah, sehingga ini bukan indeks instansi: \(paths.joined(separator: ", ")); jalankan '\(lint)' untuk melihat sebabnya"
        )
    }
    static let partialLabel = Localized(en: "PARTIAL", indonesian: "PARSIAL")
    static func warningLine(_ message: Localized, _ language: Language) -> String {
        "spbe: \(warningWord.text(language)): \(message.text(language))"
    }

    /// Why the predikat is not the band the displayed index would give (`2.50 Cukup`): nil when they agree.
    static func predikatNote(_ score: ScopeScore) -> Localized? {
        guard let band = score.bandOfDisplay else { return nil }
        let exact = score.index.exactDecimal ?? score.index.rounded(6) + "…"
        let bound = band.minimum.rounded(score.framework.decimals)
        return Localized(
            en: "the predikat follows the exact index, \(exact), below \(band.name)'s \(bound)",
            indonesian: "predikat mengikuti indeks eksak \(exact), di bawah batas \(band.name) \(bound)")
    }
    /// The predikat as a table cell: its name, and when the displayed index reads as another band, the exact
    /// index against that band's bound (`Cukup (exact 2.4975 < 2.50)`).
    static func predikatCell(_ score: ScopeScore) -> Localized {
        guard let band = score.bandOfDisplay else {
            return Localized(en: score.predikat.name, indonesian: score.predikat.name)
        }
        let exact = score.index.exactDecimal ?? score.index.rounded(6) + "…"
        let bound = band.minimum.rounded(score.framework.decimals)
        return Localized(
            en: "\(score.predikat.name) (exact \(exact) < \(bound))",
            indonesian: "\(score.predikat.name) (eksak \(exact) < \(bound))")
    }
    static let exactLabel = Localized(en: "exact", indonesian: "eksak")
    static let completeLabel = Localized(en: "complete", indonesian: "lengkap")
    static let incompleteLabel = Localized(en: "INCOMPLETE", indonesian: "BELUM LENGKAP")
    static let cycleLabel = Localized(en: "cycle", indonesian: "siklus")
    static let stageLabel = Localized(en: "stage", indonesian: "tahap")
    static let codeownersHeader = Localized(
        en: "Generated by `spbe codeowners` from the manifests; regenerate after changing maintainers.",
        indonesian: "Dibuat oleh `spbe codeowners` dari manifes; buat ulang setelah pengelola berubah.")
    /// A lint column's cell: `0E 1W` in English (a compact table), words in Indonesian (`0 galat, 1 peringatan`).
    static func lintCounts(_ errors: Int, _ warnings: Int) -> Localized {
        Localized(en: "\(errors)E \(warnings)W", indonesian: "\(errors) galat, \(warnings) peringatan")
    }
    static let workingTree = Localized(en: "working tree", indonesian: "pohon kerja")
    static let domainHeader = Localized(en: "domain / aspect", indonesian: "domain / aspek")
    static let weightHeader = Localized(en: "weight", indonesian: "bobot")
    static let indexHeader = Localized(en: "index", indonesian: "indeks")
    static let gapHeader = Localized(en: "gap", indonesian: "selisih")
    static let indicatorHeader = Localized(en: "indicator", indonesian: "indikator")
    static let levelHeader = Localized(en: "level", indonesian: "tingkat")
    static let agencyHeader = Localized(en: "agency", indonesian: "perangkat daerah")
    static let contributionHeader = Localized(en: "contribution", indonesian: "kontribusi")
    static let scopeHeader = Localized(en: "scope", indonesian: "lingkup")
    static let predikatHeader = Localized(en: "predikat", indonesian: "predikat")
    static let summaryLabel = Localized(en: "summary", indonesian: "ringkasan")
    static let meanLabel = Localized(en: "mean index", indonesian: "rata-rata indeks")
    static let noOwner = Localized(en: "(no owner)", indonesian: "(tanpa pemilik)")

    static func assessedCount(_ assessed: Int, _ total: Int) -> Localized {
        Localized(
            en: "\(assessed) of \(total) indicators assessed", indonesian: "\(assessed) dari \(total) indikator dinilai"
        )
    }
    static func missingList(_ ids: [String]) -> Localized {
        let list = ids.joined(separator: ", ")
        return Localized(en: "not assessed (counted as 0): \(list)", indonesian: "belum dinilai (dihitung 0): \(list)")
    }
    static func scopeCount(_ count: Int) -> Localized {
        Localized(en: "\(count) scopes", indonesian: "\(count) lingkup")
    }
}

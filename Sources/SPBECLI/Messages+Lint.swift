import SPBECore

extension Messages {
    static func badDate(_ option: String, _ value: String) -> Localized {
        Localized(
            en: "'\(value)' is not a date for '\(option)'; write YYYY-MM-DD",
            indonesian: "'\(value)' bukan tanggal untuk '\(option)'; tulis YYYY-MM-DD")
    }
    static func unknownRule(_ id: String) -> Localized {
        suggesting(
            Localized(
                en: "unknown rule '\(id)'; run 'spbe lint --list-rules'",
                indonesian: "aturan '\(id)' tidak dikenal; jalankan 'spbe lint --list-rules'"), id,
            among: LintRules.all.map { $0.id })
    }
    static func lintSummary(errors: Int, warnings: Int, notes: Int, files: Int) -> Localized {
        Localized(
            en: "\(errors) error(s), \(warnings) warning(s), \(notes) note(s) in \(files) file(s) checked",
            indonesian: "\(errors) galat, \(warnings) peringatan, \(notes) catatan pada \(files) berkas yang diperiksa")
    }
    static let noGitIdentity = Localized(
        en:
            "note: git has no identity here (git config user.email), so who may make the uncommitted change is not checked; CI will check the commit",
        indonesian:
            "catatan: git belum punya identitas di sini (git config user.email), jadi siapa yang boleh membuat perubahan yang belum di-commit tidak diperiksa; CI akan memeriksa commit-nya"
    )
    static let ruleHeader = Localized(en: "rule", indonesian: "aturan")
    static let severityHeader = Localized(en: "severity", indonesian: "keparahan")
    /// A finding's severity as text output names it (`error`, `galat`).
    static func severityWord(_ severity: Severity) -> Localized {
        switch severity {
        case .error: errorWord
        case .warning: warningWord
        case .note: noteWord
        }
    }
    static let checksHeader = Localized(en: "checks", indonesian: "memeriksa")
    static func onlyKind(_ kind: String, _ frameworks: [String]) -> Localized {
        let list = frameworks.isEmpty ? "-" : frameworks.joined(separator: ", ")
        return Localized(
            en: "[only indicators of kind '\(kind)': \(list); no meaning under other frameworks, never fires there]",
            indonesian:
                "[hanya indikator berjenis '\(kind)': \(list); tidak bermakna di kerangka lain, tidak pernah muncul di sana]"
        )
    }
    static func pathMatchesNothing(_ path: String) -> Localized {
        Localized(
            en:
                "'\(path)' matches no file in this revision; check the spelling (paths are relative to the current folder)",
            indonesian:
                "'\(path)' tidak cocok dengan berkas mana pun di revisi ini; periksa ejaannya (path relatif terhadap folder saat ini)"
        )
    }

    /// A finding's hint, in the command line's words.
    static func hint(_ hint: Finding.Hint) -> Localized {
        switch hint {
        case .recordChangedEvidence:
            return Localized(
                en: "if the new file is right, record it with 'spbe evidence --write'",
                indonesian: "jika berkas baru benar, catat dengan 'spbe evidence --write'")
        case .letToolRecordEvidence:
            return Localized(
                en: "let 'spbe evidence --write' record it", indonesian: "biarkan 'spbe evidence --write' mencatatnya")
        case .setMaintainer(let agency):
            return Localized(
                en: "'spbe agency set \(agency) --maintainer EMAIL' does it",
                indonesian: "'spbe agency set \(agency) --maintainer SUREL' melakukannya")
        case .fillInFromSpreadsheet(let agency):
            return Localized(
                en:
                    "or fill it in a spreadsheet: 'spbe export --worktree --agency \(agency) --out \(agency).xlsx', then 'spbe import \(agency).xlsx'",
                indonesian:
                    "atau isi di lembar kerja: 'spbe export --worktree --agency \(agency) --out \(agency).xlsx', lalu 'spbe import \(agency).xlsx'"
            )
        }
    }

    static let lintWorktreeShowsWhy = Localized(
        en: "run 'spbe lint --worktree'", indonesian: "jalankan 'spbe lint --worktree'")

    /// `message`, then where to see why: `spbe lint`.
    static func withLintHint(_ message: Localized) -> Localized {
        Localized(
            en: message.en + "; run 'spbe lint' to see why",
            indonesian: message.indonesian + "; jalankan 'spbe lint' untuk melihat sebabnya")
    }

    /// `message`, then where to see why: `spbe lint --worktree`.
    static func lintWorktreeHint(_ message: Localized) -> Localized {
        Localized(
            en: message.en + " ('spbe lint --worktree' shows why)",
            indonesian: message.indonesian + " ('spbe lint --worktree' menunjukkan sebabnya)")
    }
}

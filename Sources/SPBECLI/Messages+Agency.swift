import SPBECore

extension Messages {
    static func badAgencyID(_ id: String) -> Localized {
        Localized(
            en:
                "'\(id)' is not an agency id; use lowercase letters, digits and dashes (e.g. bappeda, dinas-kesehatan; not instansi)",
            indonesian:
                "'\(id)' bukan id perangkat daerah; pakai huruf kecil, angka dan tanda hubung (mis. bappeda, dinas-kesehatan; bukan instansi)"
        )
    }
    static func manifestAgencyID(_ id: String, _ manifest: String) -> Localized {
        Localized(
            en: "'\(manifest)' names agency '\(id)', which cannot be a file's name; fix the manifest first",
            indonesian:
                "'\(manifest)' menyebut perangkat daerah '\(id)' yang tidak dapat menjadi nama berkas; perbaiki manifes dulu"
        )
    }
    static func emptyValue(_ option: String) -> Localized {
        Localized(
            en: "\(option) needs a value that is not empty", indonesian: "\(option) memerlukan nilai yang tidak kosong")
    }
    static func chooseScope(_ scopes: [String]) -> Localized {
        let list = scopes.joined(separator: ", ")
        return Localized(
            en: "this repository has several scopes (\(list)); choose one with --scope",
            indonesian: "repositori ini memiliki beberapa lingkup (\(list)); pilih satu dengan --scope")
    }
    static func agencyEdited(_ id: String, _ edit: AgencyEdit) -> Localized {
        let taken = edit.taken.map { "\($0.indicator) (\($0.from))" }.joined(separator: ", ")
        let moved = edit.movedEntries.joined(separator: ", ")
        return Localized(
            en: (edit.added ? "added agency '\(id)'" : "changed agency '\(id)' in the manifest")
                + (edit.createdFile ? " and created '\(edit.path)'" : "")
                + (taken.isEmpty ? "" : "; it now owns \(taken)")
                + (moved.isEmpty ? "" : "; the assessed entries of \(moved) moved into its file")
                + "; check with 'spbe lint --worktree', then commit",
            indonesian: (edit.added
                ? "perangkat daerah '\(id)' ditambahkan" : "perangkat daerah '\(id)' diubah di manifes")
                + (edit.createdFile ? " dan '\(edit.path)' dibuat" : "")
                + (taken.isEmpty ? "" : "; kini memiliki \(taken)")
                + (moved.isEmpty ? "" : "; isian \(moved) yang sudah dinilai dipindahkan ke berkasnya")
                + "; periksa dengan 'spbe lint --worktree', lalu commit")
    }
    static func agencyUnchanged(_ id: String, _ indicators: [String]) -> Localized {
        let list = indicators.joined(separator: ", ")
        guard !indicators.isEmpty else {
            return Localized(
                en: "nothing changed: '\(id)' is already so",
                indonesian: "tidak ada yang berubah: '\(id)' sudah demikian")
        }
        return Localized(
            en: "nothing changed: \(list) already belong to '\(id)'; an indicator leaves an agency when another is "
                + "given it: spbe agency set OTHER --indicators ID",
            indonesian: "tidak ada yang berubah: \(list) sudah milik '\(id)'; indikator berpindah dari suatu perangkat "
                + "daerah bila diberikan ke perangkat daerah lain: spbe agency set LAIN --indicators ID")
    }
    static let nothingToSet = Localized(
        en: "say what to change: --name, --maintainer or --indicators",
        indonesian: "sebutkan yang diubah: --name, --maintainer atau --indicators")
    static func scopeAdded(_ id: String, manifest: String, framework: String, cycle: String) -> Localized {
        Localized(
            en: "added scope '\(id)' (\(framework), cycle \(cycle)): '\(manifest)' gives every indicator to "
                + "\(Templates.coordinatingAgency) for sharing out with 'spbe agency add'; check with "
                + "'spbe lint --worktree', then commit",
            indonesian: "lingkup '\(id)' ditambahkan (\(framework), siklus \(cycle)): '\(manifest)' memberikan semua "
                + "indikator kepada \(Templates.coordinatingAgency) untuk dibagikan dengan 'spbe agency add'; periksa "
                + "dengan 'spbe lint --worktree', lalu commit")
    }
    static func scopeExists(_ folder: String) -> Localized {
        Localized(
            en: "'\(folder)' already exists; choose another scope id",
            indonesian: "'\(folder)' sudah ada; pilih id lingkup lain")
    }
    static let noLocalIdentity = Localized(
        en: "git does not know who you are, so this change cannot be judged before CI; set git config "
            + "user.email to the email the manifest lists for you",
        indonesian: "git belum tahu siapa Anda, jadi perubahan ini tidak dapat dinilai sebelum CI; atur "
            + "git config user.email ke surel Anda yang tercantum di manifes")
    static func identityMayNotChange(_ email: String, agency: String?) -> Localized {
        guard let agency else {
            return Localized(
                en: "\(email) is not a coordinator in the manifest, so CI's 'spbe lint --base' will refuse "
                    + "this change to it; ask the coordinator to make it",
                indonesian:
                    "\(email) bukan koordinator menurut manifes, jadi 'spbe lint --base' di CI akan "
                    + "menolak perubahan ini; minta koordinator yang membuatnya")
        }
        return Localized(
            en: "\(email) is neither a maintainer of '\(agency)' nor a coordinator, so CI's "
                + "'spbe lint --base' will refuse this change; ask \(agency)'s admin to make it, or the coordinator "
                + "to add you to its maintainers",
            indonesian: "\(email) bukan pengelola '\(agency)' dan bukan koordinator, jadi "
                + "'spbe lint --base' di CI akan menolak perubahan ini; minta pengelola \(agency) yang membuatnya, "
                + "atau minta koordinator menambahkan Anda sebagai pengelolanya")
    }
    /// Why the manifest could not be edited, with the command that does what was meant.
    static func manifestEdit(_ error: ManifestEditError) -> Localized {
        switch error {
        case .invalidFile(let path):
            Localized(
                en: "'\(path)' is invalid, so the manifest cannot be edited; fix it first (spbe lint --worktree)",
                indonesian:
                    "'\(path)' tidak sah sehingga manifes tidak dapat diubah; perbaiki dulu (spbe lint --worktree)")
        case .invalidID(let id):
            Localized(
                en: "'\(id)' cannot be an agency id: use lowercase letters, digits and dashes, and not 'instansi'",
                indonesian:
                    "'\(id)' tidak dapat menjadi id perangkat daerah: pakai huruf kecil, angka dan tanda hubung, dan bukan 'instansi'"
            )
        case .agencyExists(let agency, let scope):
            Localized(
                en: "scope '\(scope)' already has agency '\(agency)'; change it with 'spbe agency set \(agency)'",
                indonesian:
                    "lingkup '\(scope)' sudah memiliki perangkat daerah '\(agency)'; ubah dengan 'spbe agency set \(agency)'"
            )
        case .noSuchAgency(let agency, let scope):
            Localized(
                en: "scope '\(scope)' has no agency '\(agency)'; add it with 'spbe agency add \(agency)'",
                indonesian:
                    "lingkup '\(scope)' tidak memiliki perangkat daerah '\(agency)'; tambahkan dengan 'spbe agency add \(agency)'"
            )
        case .fileExists(let path):
            Localized(
                en: "'\(path)' already exists; remove it or choose another agency id",
                indonesian: "'\(path)' sudah ada; hapus atau pilih id perangkat daerah lain")
        case .unknownIndicator(let indicator, let scope, let known):
            unknownIndicatorInScope(indicator, scope, known: known)
        case .assessedTwice(let indicator, let path):
            Localized(
                en:
                    "'\(path)' already assesses '\(indicator)', and so does its current owner's file; keep one entry first",
                indonesian:
                    "'\(path)' sudah menilai '\(indicator)', begitu pula berkas pemiliknya sekarang; sisakan satu isian dulu"
            )
        }
    }
}

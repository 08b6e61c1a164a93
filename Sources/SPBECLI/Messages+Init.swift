import SPBECore

extension Messages {
    static func folderNotEmpty(_ path: String) -> Localized {
        Localized(
            en: "'\(path)' is not empty; give a new or empty folder (an empty clone works)",
            indonesian: "'\(path)' tidak kosong; berikan folder baru atau kosong (clone yang kosong juga bisa)")
    }
    static let noCoordinatorEmail = Localized(
        en: "whose repository is it? pass --coordinator-email (and --coordinator-name), or set git config user.email",
        indonesian:
            "repositori siapa ini? berikan --coordinator-email (dan --coordinator-name), atau atur git config user.email"
    )
    static func badCategory(_ category: String) -> Localized {
        Localized(
            en: "'\(category)' is not a category; use pusat, provinsi, kabupaten or kota",
            indonesian: "'\(category)' bukan kategori; gunakan pusat, provinsi, kabupaten atau kota")
    }
    static func badEmail(_ email: String) -> Localized {
        Localized(en: "'\(email)' is not an email address", indonesian: "'\(email)' bukan alamat surel")
    }
    static func badScopeID(_ id: String) -> Localized {
        Localized(
            en: "'\(id)' is not an id; use lowercase letters, digits and '-', e.g. kota-contoh",
            indonesian: "'\(id)' bukan id; gunakan huruf kecil, angka dan '-', mis. kota-contoh")
    }
    static func initialized(_ path: String, example: Bool) -> Localized {
        example
            ? Localized(
                en:
                    "created \(path) with the example Kota Contoh, cycles 2022-2024 (Indeks SPBE) and 2026 (Indeks Pemdi); try: cd \(path) && spbe log && spbe diff 2024 2026",
                indonesian:
                    "dibuat \(path) dengan contoh Kota Contoh, siklus 2022-2024 (Indeks SPBE) dan 2026 (Indeks Pemdi); coba: cd \(path) && spbe log && spbe diff 2024 2026"
            )
            : Localized(
                en: "created \(path); next, in it: spbe agency set \(Templates.coordinatingAgency) --maintainer EMAIL, "
                    + "then spbe agency add ID --name NAME --maintainer EMAIL --indicators ID,ID for each agency, "
                    + "then spbe lint --worktree and commit (its README says the rest)",
                indonesian: "dibuat \(path); berikutnya, di dalamnya: spbe agency set \(Templates.coordinatingAgency) "
                    + "--maintainer SUREL, lalu spbe agency add ID --name NAMA --maintainer SUREL --indicators ID,ID "
                    + "untuk setiap perangkat daerah, lalu spbe lint --worktree dan commit (README-nya menjelaskan sisanya)"
            )
    }
}

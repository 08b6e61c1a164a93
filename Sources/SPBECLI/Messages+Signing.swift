import SPBECore

extension Messages {
    static func missingTool(_ tool: String, _ package: String) -> Localized {
        Localized(
            en: "cannot verify the signature: '\(tool)' is not installed; install the '\(package)' package",
            indonesian: "tanda tangan tidak dapat diperiksa: '\(tool)' tidak terpasang; pasang paket '\(package)'")
    }
    static let verifiedHeader = Localized(en: "signature", indonesian: "tanda tangan")
    static func gpgKeyMissing(_ key: String) -> Localized {
        Localized(
            en: "cannot verify the OpenPGP signature: key \(key) is not in your keyring; import it with 'gpg --import'",
            indonesian:
                "tanda tangan OpenPGP tidak dapat diperiksa: kunci \(key) tidak ada di keyring; impor dengan 'gpg --import'"
        )
    }

    static func keysFrom(_ revision: String) -> Localized {
        Localized(
            en: "keys and coordinators as listed at '\(revision)' (choose another with --keys-from)",
            indonesian: "kunci dan koordinator menurut '\(revision)' (pilih revisi lain dengan --keys-from)")
    }
    static func ambiguousRevision(_ revision: String, _ references: [String]) -> Localized {
        let list = references.joined(separator: ", ")
        return Localized(
            en:
                "'\(revision)' names more than one commit (\(list)); write the full reference, e.g. '\(references.last ?? revision)'",
            indonesian:
                "'\(revision)' menunjuk lebih dari satu commit (\(list)); tulis referensi lengkapnya, mis. '\(references.last ?? revision)'"
        )
    }
    static let noTrustedRevision = Localized(
        en: "no default branch to take the keys from (no origin/HEAD, main or master); name one with --keys-from REV",
        indonesian:
            "tidak ada cabang bawaan tempat mengambil kunci (tidak ada origin/HEAD, main atau master); sebutkan dengan --keys-from REV"
    )
}

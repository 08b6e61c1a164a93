import SPBECore

extension Messages {
    static func missingTool(_ tool: String, _ package: String) -> Localized {
        Localized(
            en: "cannot verify the signature: '\(tool)' is not installed; install the '\(package)' package",
            id: "tanda tangan tidak dapat diperiksa: '\(tool)' tidak terpasang; pasang paket '\(package)'")
    }
    static let verifiedHeader = Localized(en: "signature", id: "tanda tangan")
    static func gpgKeyMissing(_ key: String) -> Localized {
        Localized(
            en: "cannot verify the OpenPGP signature: key \(key) is not in your keyring; import it with 'gpg --import'",
            id:
                "tanda tangan OpenPGP tidak dapat diperiksa: kunci \(key) tidak ada di keyring; impor dengan 'gpg --import'"
        )
    }

    static func keysFrom(_ revision: String) -> Localized {
        Localized(
            en: "keys and coordinators as listed at '\(revision)' (choose another with --keys-from)",
            id: "kunci dan koordinator menurut '\(revision)' (pilih revisi lain dengan --keys-from)")
    }
}

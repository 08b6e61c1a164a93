/// What verifying a commit's signature against the keys the manifests at base list found. Decided by the command
/// line (with `ssh-keygen -Y verify` or `gpg --verify`, as git does); judged by the signature rules.
public enum CommitSignature: Sendable, Equatable {
    case unsigned
    /// A good signature by a key the manifests list for this email.
    case verified(signer: String)
    /// A good signature, or one that cannot be checked, by a key no manifest at base lists.
    case unlistedKey
    /// The signature is malformed or does not match the commit.
    case invalid(Localized)
    /// The tool that verifies it is missing or failed: the reason says what to install.
    case cannotVerify(Localized)
}

/// The findings of both signature rules: `signature-required` where a manifest at base requires signed commits
/// (an error), `signature-advised` where manifests list keys but do not require them (a warning).
enum SignatureCheck {
    static func findings(_ context: LintContext, rule: String, required: Bool) -> [Finding] {
        guard let base = context.base, let authority = ChangeAuthority(context) else { return [] }
        let manifests = base.scopes.compactMap(\.manifest)
        let requires = manifests.contains(where: \.signingRequired)
        guard requires == required, requires || manifests.contains(where: { !$0.signingKeys.isEmpty }) else {
            return []
        }
        var findings: [Finding] = []
        for commit in context.commits {
            guard let signature = commit.signature, let path = commit.paths.first else { continue }
            let short = String(commit.commit.prefix(7))
            let by = "\(commit.authorName) <\(commit.authorEmail)>"
            func add(_ message: Localized, at path: String) {
                findings.append(Finding(rule: rule, path: path, message: message, commit: commit.commit))
            }
            switch signature {
            case .unsigned:
                add(
                    Localized(
                        en:
                            "commit \(short) by \(by) is not signed; sign commits with a key the manifest lists (git commit -S)",
                        indonesian:
                            "commit \(short) oleh \(by) tidak ditandatangani; tanda tangani commit dengan kunci yang tercantum di manifes (git commit -S)"
                    ), at: path)
            case .unlistedKey:
                add(
                    Localized(
                        en:
                            "commit \(short) by \(by) is signed by a key no manifest at base lists; ask the coordinators to add your key first",
                        indonesian:
                            "commit \(short) oleh \(by) ditandatangani kunci yang tidak tercantum di manifes pada revisi acuan --base; minta koordinator menambahkan kunci Anda dulu"
                    ), at: path)
            case .invalid(let reason):
                add(
                    Localized(
                        en: "commit \(short) by \(by) has a signature that does not verify (\(reason.en))",
                        indonesian:
                            "commit \(short) oleh \(by) memiliki tanda tangan yang tidak sah (\(reason.indonesian))"),
                    at: path)
            case .cannotVerify(let reason):
                add(reason, at: path)
            case .verified(let signer):
                for path in commit.paths {
                    guard let who = authority.lacking(signer, path: path, commit: commit) else { continue }
                    add(
                        Localized(
                            en:
                                "commit \(short) is signed by \(signer)'s key, but '\(path)' may be changed only by \(who.en) (per the manifest at base)",
                            indonesian:
                                "commit \(short) ditandatangani kunci \(signer), padahal '\(path)' hanya boleh diubah \(who.indonesian) (menurut manifes di revisi acuan --base)"
                        ), at: path)
                }
            }
        }
        return findings
    }
}

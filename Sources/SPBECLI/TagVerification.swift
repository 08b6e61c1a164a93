import GitStore
import SPBECore

/// The keys tags are verified against: the manifests at a trusted revision (by default the repository's default
/// branch), never at the tagged commit, whose own manifest anyone could have written on a branch.
final class TrustedKeys {
    let revision: String
    let manifests: [Manifest]
    let verifier: SignatureVerifier?
    let coordinators: Set<String>

    /// The keys at `revision` (`--keys-from`), else at the default branch; never at `HEAD`, which is whatever
    /// was checked out (in CI, the branch being verified).
    init(_ revision: String?, repository: Repository, reader: RevisionReader, context: Context) throws {
        guard let name = revision ?? repository.defaultBranch() else { throw ToolError(Messages.noTrustedRevision) }
        self.revision = name
        manifests = try reader.load(repository.resolveTrustedRevision(name)).scopes.compactMap(\.manifest)
        verifier = try SignatureVerifier(manifests: manifests, environment: context.environment)
        coordinators = Set(manifests.flatMap(\.coordinatorMaintainers).map(\.emailKey))
    }
}

/// Whether a cycle tag is an annotated tag, named as its ref, signed by a coordinator the trusted manifests list.
enum TagVerification: Equatable {
    /// No manifest at the trusted revision lists a key: there is nothing to verify against.
    case noKeys
    case lightweight
    case unsigned
    /// The tag object calls itself something else: a signed tag reused under another name.
    case renamed(String)
    case verified(signer: String)
    /// A good signature by a listed key of someone who is not a coordinator.
    case notCoordinator(signer: String)
    case failed(CommitSignature)

    var isVerified: Bool { if case .verified = self { true } else { false } }

    /// True when the tag could not be checked at all (rather than checked and found wanting).
    var isUnchecked: Bool { self == .noKeys || self == .lightweight || self == .unsigned }

    /// Verifies `tag` against the trusted keys.
    static func check(_ tag: Tag, repository: Repository, keys: TrustedKeys) throws -> TagVerification {
        guard let verifier = keys.verifier else { return .noKeys }
        let (annotated, ownName, signed) = try repository.tagSignature(tag.name)
        guard annotated else { return .lightweight }
        guard let signed else { return .unsigned }
        if let ownName, ownName != tag.name { return .renamed(ownName) }
        let result = verifier.verify(signature: signed.signature, payload: signed.payload)
        guard case .verified(let signer) = result else { return .failed(result) }
        return keys.coordinators.contains(signer.emailKey) ? .verified(signer: signer) : .notCoordinator(signer: signer)
    }

    var message: Localized {
        switch self {
        case .noKeys:
            Localized(
                en:
                    "not checked: the trusted revision lists no signing keys; list the coordinators' keys in the manifest",
                indonesian:
                    "tidak diperiksa: revisi tepercaya tidak mencantumkan kunci penanda tangan; cantumkan kunci koordinator di manifes"
            )
        case .renamed(let own):
            Localized(
                en: "the tag object is named '\(own)': a signed tag reused under another name",
                indonesian: "objek tag bernama '\(own)': tag bertanda tangan yang dipakai ulang dengan nama lain")
        case .lightweight:
            Localized(
                en: "a lightweight tag; tag cycles with 'git tag -s' (annotated and signed)",
                indonesian: "tag ringan; tandai siklus dengan 'git tag -s' (beranotasi dan ditandatangani)")
        case .unsigned:
            Localized(
                en: "annotated but not signed; use 'git tag -s'",
                indonesian: "beranotasi tetapi tidak ditandatangani; gunakan 'git tag -s'")
        case .verified(let signer):
            Localized(en: "signed by \(signer), a coordinator", indonesian: "ditandatangani \(signer), koordinator")
        case .notCoordinator(let signer):
            Localized(
                en: "signed by \(signer), who is not a coordinator at the trusted revision",
                indonesian: "ditandatangani \(signer), yang bukan koordinator di revisi tepercaya")
        case .failed(let signature):
            switch signature {
            case .unlistedKey:
                Localized(
                    en: "signed by a key no manifest lists",
                    indonesian: "ditandatangani kunci yang tidak tercantum di manifes")
            case .invalid(let reason):
                Localized(
                    en: "the signature does not verify (\(reason.en))",
                    indonesian: "tanda tangan tidak sah (\(reason.indonesian))")
            case .cannotVerify(let reason): reason
            case .unsigned, .verified: Localized(en: "not signed", indonesian: "tidak ditandatangani")
            }
        }
    }
}

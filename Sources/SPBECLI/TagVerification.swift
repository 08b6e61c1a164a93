import GitStore
import SPBECore

/// Whether a cycle tag is an annotated tag signed by a coordinator the manifests at its revision list.
enum TagVerification: Equatable {
    /// No manifest at the tag's revision lists a key: there is nothing to verify against.
    case noKeys
    case lightweight
    case unsigned
    case verified(signer: String)
    /// A good signature by a listed key of someone who is not a coordinator.
    case notCoordinator(signer: String)
    case failed(CommitSignature)

    var isVerified: Bool { if case .verified = self { true } else { false } }

    /// Verifies `tag` against the manifests of the revision it tags.
    static func check(_ tag: Tag, repository: Repository, reader: RevisionReader, context: Context) throws
        -> TagVerification
    {
        let manifests = try reader.load(tag.commit).scopes.compactMap(\.manifest)
        guard let verifier = try SignatureVerifier(manifests: manifests, environment: context.environment) else {
            return .noKeys
        }
        let (annotated, signed) = try repository.tagSignature(tag.name)
        guard annotated else { return .lightweight }
        guard let signed else { return .unsigned }
        let result = verifier.verify(signature: signed.signature, payload: signed.payload)
        guard case .verified(let signer) = result else { return .failed(result) }
        let coordinators = Set(manifests.flatMap(\.coordinatorMaintainers).map(\.emailKey))
        return coordinators.contains(signer) ? .verified(signer: signer) : .notCoordinator(signer: signer)
    }

    var message: Localized {
        switch self {
        case .noKeys:
            Localized(
                en: "not checked: no signing keys are listed at this revision",
                id: "tidak diperiksa: tidak ada kunci penanda tangan di revisi ini")
        case .lightweight:
            Localized(
                en: "a lightweight tag; tag cycles with 'git tag -s' (annotated and signed)",
                id: "tag ringan; tandai siklus dengan 'git tag -s' (beranotasi dan ditandatangani)")
        case .unsigned:
            Localized(
                en: "annotated but not signed; use 'git tag -s'",
                id: "beranotasi tetapi tidak ditandatangani; gunakan 'git tag -s'")
        case .verified(let signer):
            Localized(en: "signed by \(signer), a coordinator", id: "ditandatangani \(signer), koordinator")
        case .notCoordinator(let signer):
            Localized(
                en: "signed by \(signer), who is not a coordinator at this revision",
                id: "ditandatangani \(signer), yang bukan koordinator di revisi ini")
        case .failed(let signature):
            switch signature {
            case .unlistedKey:
                Localized(
                    en: "signed by a key no manifest lists", id: "ditandatangani kunci yang tidak tercantum di manifes")
            case .invalid(let reason):
                Localized(en: "the signature does not verify (\(reason))", id: "tanda tangan tidak sah (\(reason))")
            case .cannotVerify(let reason): reason
            case .unsigned, .verified: Localized(en: "not signed", id: "tidak ditandatangani")
            }
        }
    }
}

import GitStore
import SPBECore

/// Before a command writes assessments for someone to commit: a warning when the local git identity could not
/// make that commit, so the admin learns it now rather than from CI's `lint --base`.
enum IdentityCheck {
    /// Warns unless the identity git would commit as may change each agency's file (nil: the manifest).
    static func warn(
        unlessMayChange agencies: [String?], in manifest: Manifest?, repository: Repository, _ context: Context
    ) {
        guard let manifest else { return }
        warn(unlessMayChange: agencies, inAll: [manifest], repository: repository, context)
    }

    /// The same, by every manifest given: a new scope is the coordinators' to add, and a coordinator of a scope the
    /// change itself adds is no coordinator to CI.
    static func warn(
        unlessMayChange agencies: [String?], inAll manifests: [Manifest], repository: Repository, _ context: Context
    ) {
        guard !manifests.isEmpty, !agencies.isEmpty else { return }
        guard let email = repository.authorIdentity(environment: context.environment).email else {
            context.stderr.line(Messages.warningLine(Messages.noLocalIdentity, context.language))
            return
        }
        for agency in agencies where !manifests.allSatisfy({ $0.mayChange(fileOf: agency, email: email) }) {
            context.stderr.line(
                Messages.warningLine(Messages.identityMayNotChange(email, agency: agency), context.language))
        }
    }
}

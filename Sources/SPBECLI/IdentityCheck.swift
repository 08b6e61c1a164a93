import GitStore
import SPBECore

/// Before a command writes assessments for someone to commit: a warning when the local git identity could not
/// make that commit, so the admin learns it now rather than from CI's `lint --base`.
enum IdentityCheck {
    /// Warns unless the identity git would commit as may change each agency's file (nil: the manifest).
    static func warn(
        unlessMayChange agencies: [String?], in manifest: Manifest?, repository: Repository, _ context: Context
    ) {
        guard let manifest, !agencies.isEmpty else { return }
        guard let email = repository.authorIdentity(environment: context.environment).email else {
            context.stderr.line(Messages.warningLine(Messages.noLocalIdentity, context.language))
            return
        }
        for agency in agencies where !manifest.mayChange(fileOf: agency, email: email) {
            context.stderr.line(
                Messages.warningLine(Messages.identityMayNotChange(email, agency: agency), context.language))
        }
    }
}

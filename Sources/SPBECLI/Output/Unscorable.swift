import SPBECore

extension ScopeComparison {
    /// Writes each scope that cannot be scored as an error on stderr (after the others are shown, as `score`,
    /// `plan` and `report` all do); true when there was one, and the command then exits 2.
    func reportUnscorable(_ context: Context) -> Bool {
        for scope in unscorable {
            // An invalid manifest: lint says what is wrong with it.
            let problem =
                scope.scope.manifest == nil
                ? Messages.withLintHint(LoadMessages.unscorableManifest(scope.scope.manifestFile.path))
                : scope.problem ?? LoadMessages.unscorableManifest(scope.scope.manifestFile.path)
            context.stderr.line("spbe: \(Messages.errorWord.text(context.language)): \(problem.text(context.language))")
        }
        return !unscorable.isEmpty
    }
}

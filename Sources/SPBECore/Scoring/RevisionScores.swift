/// One scope of a revision as scored: its score (nil when it cannot be scored, with the reason), the files left
/// out of it and the framework it used, so that no command re-joins them by id.
public struct ScoredScope {
    public let scope: LoadedScope
    public let score: ScopeScore?
    /// Why the scope cannot be scored (invalid manifest, unknown or invalid framework); nil when it is scored.
    public let problem: Localized?
    /// What the score could not read: the scope's invalid files (manifest or agency files), files claiming another
    /// agency than their name, and repository schemas that do not parse (the built-in copy stood in).
    public let leftOut: [String]

    public var framework: LoadedFramework? { scope.framework }
}

extension LoadedRevision {
    /// Every scope scored at a stage, in the revision's scope order.
    public func scored(stage: Stage, threads: Int) -> [ScoredScope] {
        let scores = parallelMap(scopes.count, threads: threads) { scopes[$0].score(stage: stage) }
        return zip(scopes, scores).map { scope, score in
            let problem =
                score != nil ? nil : scope.frameworkProblem ?? LoadMessages.unscorableManifest(scope.manifestFile.path)
            let leftOut =
                (([scope.manifestFile] + scope.agencyFiles).filter { !$0.isValid } + scope.impostors).map(\.path)
                + schemas.problems.map(\.path)
            return ScoredScope(scope: scope, score: score, problem: problem, leftOut: leftOut)
        }
    }
}

/// A scope over named revisions (the cycle tags, oldest first): its score at each, the runs that share one
/// framework (a trend line breaks between them), and what changed since the previous cycle with its largest
/// level changes. What `spbe report` draws, built without git or HTML.
public struct ScopeTrend {
    public struct Point {
        public let name: String
        public let score: ScopeScore
    }

    public let points: [Point]
    /// The previous cycle's name and the diff from it to the scope now.
    public let change: (name: String, diff: ScopeDiff)?

    /// `history`: named revisions oldest first (the scope may be absent from some); `previous`: the revision the
    /// change is measured from.
    public init(
        _ scope: LoadedScope, history: [(String, LoadedRevision)], previous: (String, LoadedRevision)?, stage: Stage
    ) {
        points = history.compactMap { name, revision in
            revision.scopes.first { $0.id == scope.id }?.score(stage: stage).map { Point(name: name, score: $0) }
        }
        change = previous.map { name, revision in
            (name, ScopeDiffer.diff(old: revision.scopes.first { $0.id == scope.id }, new: scope, stage: stage))
        }
    }

    /// Positions of consecutive points under the same framework: one line each.
    public var frameworkRuns: [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        for position in points.indices.dropFirst()
        where points[position].score.framework.id != points[position - 1].score.framework.id {
            runs.append(start..<position)
            start = position
        }
        if !points.isEmpty { runs.append(start..<points.count) }
        return runs
    }

    /// The score at the previous cycle the change is measured from.
    public var previousScore: ScopeScore? {
        change.flatMap { change in points.last { $0.name == change.name }?.score }
    }

    /// The level changes since the previous cycle that moved the index most (none across a framework switch).
    public func largestChanges(_ count: Int) -> [ScopeDiff.LevelChange] {
        Array(change?.diff.levelChanges.prefix(count) ?? [])
    }
}

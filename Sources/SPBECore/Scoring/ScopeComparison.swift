/// A scope that could be scored, with what its score came from: the one value every report of a score reads.
public struct ComparedScope {
    public let scoped: ScoredScope
    public let score: ScopeScore

    /// The files left out of the score: when any, the score is partial.
    public var leftOut: [String] { scoped.leftOut }
    public var isPartial: Bool { !scoped.leftOut.isEmpty }
    /// Where the framework came from (nil path: the built-in copy).
    public var framework: LoadedFramework? { scoped.framework }
}

/// The decisions across a revision's scopes: indices of different frameworks are on different scales, so scopes
/// are ranked, averaged and counted per framework only; a scope that cannot be scored is set apart with its reason.
///
/// Every command that shows scores takes them from here: the others are shown and each unscorable scope is an
/// error (exit 2) after them, in `score`, `plan` and `report` alike.
public struct ScopeComparison {
    /// The scopes of one framework, best index first.
    public struct Group {
        public let framework: Framework
        public let ranked: [ComparedScope]

        /// The mean of the exact indices.
        public var meanIndex: Rational {
            ranked.reduce(Rational.zero) { $0 + $1.score.index } / Rational(ranked.count)
        }

        /// How many scopes have each predikat, in the framework's band order (highest first).
        public var predikatCounts: [(band: String, count: Int)] {
            framework.bands.map { band in (band.name, ranked.filter { $0.score.predikat.name == band.name }.count) }
        }
    }

    /// Every scope, in the revision's order.
    public let all: [ScoredScope]
    /// The scored scopes in the revision's order.
    public let scored: [ComparedScope]
    /// The groups by framework, in order of first appearance.
    public let groups: [Group]
    /// The scopes that cannot be scored, each with its `problem`.
    public let unscorable: [ScoredScope]

    public init(_ scopes: [ScoredScope]) {
        all = scopes
        scored = scopes.compactMap { scoped in scoped.score.map { ComparedScope(scoped: scoped, score: $0) } }
        unscorable = scopes.filter { $0.score == nil }
        var order: [String] = []
        var members: [String: [ComparedScope]] = [:]
        for entry in scored {
            let id = entry.score.framework.id
            if members[id] == nil { order.append(id) }
            members[id, default: []].append(entry)
        }
        groups = order.compactMap { id in
            guard let entries = members[id], let first = entries.first else { return nil }
            return Group(framework: first.score.framework, ranked: Self.ranked(entries))
        }
    }

    /// Every scored scope, best index first, then by scope id.
    public var ranked: [ComparedScope] { Self.ranked(scored) }

    /// Best index first, ties by scope id.
    public static func ranked(_ entries: [ComparedScope]) -> [ComparedScope] {
        entries.sorted { ($0.score.index, $1.score.manifest.id) > ($1.score.index, $0.score.manifest.id) }
    }

    /// Every file left out of a score, in scope order.
    public var leftOut: [String] { all.flatMap(\.leftOut) }
}

import GitStore
import SPBECore

/// The output of `spbe score` in each format.
struct ScoreReport {
    let scores: [ScopeScore]
    /// Where each scope's framework came from, by scope id (absent: built in).
    let frameworkSources: [String: LoadedFramework]
    let commit: ObjectID?
    let stage: Stage
    let withIndicators: Bool
    let invalidFiles: [String]
    let language: Language

    /// Best index first, then by scope id.
    var ranked: [ScopeScore] {
        scores.sorted { ($0.index, $1.manifest.id) > ($1.index, $0.manifest.id) }
    }

    func t(_ text: Localized) -> String { text.text(language) }

    var revisionText: String { commit.map { "commit \($0.short)" } ?? t(Messages.workingTree) }

    /// Weight as written in the framework, e.g. `13`, `16.5`, `2.75`.
    static func weight(_ value: Rational) -> String { value.exactDecimal ?? value.rounded(4) }

    /// A contribution to the index, exact when it ends within six places.
    static func points(_ value: Rational) -> String {
        guard let exact = value.exactDecimal, exact.split(separator: ".").last.map({ $0.count <= 6 }) ?? true else {
            return value.rounded(6)
        }
        return exact
    }

    /// Count of scopes per predikat, in the framework's band order (highest first).
    var predikatCounts: [(String, Int)] {
        guard let bands = scores.first?.framework.bands else { return [] }
        return bands.map { band in (band.name, scores.filter { $0.predikat.name == band.name }.count) }
    }

    /// The mean of the exact indices.
    var meanIndex: Rational? {
        guard !scores.isEmpty else { return nil }
        return scores.reduce(Rational.zero) { $0 + $1.index } / Rational(scores.count)
    }
}

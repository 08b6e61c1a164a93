/// "Did you mean": the known name closest to what was typed, as swift-argument-parser and git suggest.
public enum Suggestion {
    /// The candidate equal to `typed` but for case, else the nearest within a small edit distance (one edit for
    /// names of up to five characters, two beyond); nil when nothing is that close. Ties go to the first.
    public static func closest(to typed: String, among candidates: some Sequence<String>) -> String? {
        let folded = Array(typed.lowercased().unicodeScalars)
        let limit = folded.count <= 5 ? 1 : 2
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != typed {
            let distance = editDistance(folded, Array(candidate.lowercased().unicodeScalars), limit: limit)
            if distance <= limit, distance < best?.distance ?? Int.max { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit; anything above `limit` is
    /// reported as `limit + 1` (the rows stop early).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}

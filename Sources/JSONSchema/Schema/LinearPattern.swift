/// An ECMA-262 `pattern` run as a Thompson automaton (as RE2 and Rust's `regex` do): every match takes time
/// linear in the input times the pattern's size, so no schema can make validation hang (`^(a+)+$` on forty `a`s
/// and a `!` takes microseconds, where a backtracking matcher takes years).
///
/// Unicode scalars are matched one by one. Supported: literals, `.`, classes with ranges and negation, the
/// escapes `\d \D \w \W \s \S \t \n \v \f \r \0 \cX \xHH \uHHHH \u{H…} \p{…} \P{…}` (general categories),
/// groups (capturing, `(?:…)`, named), `|`, the quantifiers `* + ? {n} {n,} {n,m}` (greedy or lazy: the same for
/// a yes/no answer), and the assertions `^ $ \b \B`. Back-references and look-around need backtracking and are
/// refused (`init` returns nil), as RE2 refuses them.
struct LinearPattern {
    /// Instructions of the automaton.
    enum Op {
        case scalar(Unicode.Scalar)
        case set(ScalarClass)
        case split(Int, Int)
        case jump(Int)
        case assertion(Assertion)
        case match
    }

    enum Assertion { case start, end, wordBoundary, notWordBoundary }

    /// The largest automaton built: `(a{100}){100}` would need 10 000 copies of `a`.
    static let maximumSize = 20_000

    let program: [Op]

    init?(_ source: String) {
        var parser = PatternParser(Array(source.unicodeScalars))
        guard let node = parser.parse() else { return nil }
        var compiler = PatternCompiler()
        guard compiler.emit(node) else { return nil }
        compiler.program.append(.match)
        program = compiler.program
    }

    /// True when the pattern matches somewhere in `text`.
    func matches(_ text: String) -> Bool {
        let input = Array(text.unicodeScalars)
        var current = ThreadList(size: program.count)
        var next = ThreadList(size: program.count)
        for position in 0...input.count {
            add(0, at: position, input, to: &current)
            if current.containsMatch { return true }
            guard position < input.count else { break }
            let scalar = input[position]
            for pc in current.threads {
                switch program[pc] {
                case .scalar(let expected) where expected == scalar: add(pc + 1, at: position + 1, input, to: &next)
                case .set(let set) where set.contains(scalar): add(pc + 1, at: position + 1, input, to: &next)
                default: continue
                }
            }
            swap(&current, &next)
            next.clear()
        }
        return false
    }

    /// Adds the thread at `pc` and every thread reachable from it without reading a scalar.
    private func add(_ pc: Int, at position: Int, _ input: [Unicode.Scalar], to list: inout ThreadList) {
        var stack = [pc]
        while let pc = stack.popLast() {
            guard list.insert(pc) else { continue }
            switch program[pc] {
            case .jump(let target): stack.append(target)
            case .split(let first, let second): stack.append(contentsOf: [second, first])
            case .assertion(let assertion):
                if Self.holds(assertion, at: position, input) { stack.append(pc + 1) }
            case .match: list.containsMatch = true
            case .scalar, .set: continue
            }
        }
    }

    private static func holds(_ assertion: Assertion, at position: Int, _ input: [Unicode.Scalar]) -> Bool {
        switch assertion {
        case .start: return position == 0
        case .end: return position == input.count
        case .wordBoundary, .notWordBoundary:
            let before = position > 0 && ScalarClass.isWord(input[position - 1])
            let after = position < input.count && ScalarClass.isWord(input[position])
            return (before != after) == (assertion == .wordBoundary)
        }
    }
}

/// The threads of one step, each instruction at most once (a sparse set: clearing costs nothing).
struct ThreadList {
    private(set) var threads: [Int] = []
    private var seen: [Bool]
    var containsMatch = false

    init(size: Int) { seen = Array(repeating: false, count: size) }

    mutating func insert(_ pc: Int) -> Bool {
        if seen[pc] { return false }
        seen[pc] = true
        threads.append(pc)
        return true
    }

    mutating func clear() {
        for pc in threads { seen[pc] = false }
        threads.removeAll(keepingCapacity: true)
        containsMatch = false
    }
}

/// A pattern's syntax tree.
indirect enum PatternNode {
    case empty
    case scalar(Unicode.Scalar)
    case set(ScalarClass)
    case assertion(LinearPattern.Assertion)
    case sequence([PatternNode])
    case alternatives([PatternNode])
    case repeated(PatternNode, min: Int, max: Int?)
}

/// Turns a syntax tree into the automaton's instructions.
struct PatternCompiler {
    var program: [LinearPattern.Op] = []

    /// False when the automaton would grow past `LinearPattern.maximumSize`.
    mutating func emit(_ node: PatternNode) -> Bool {
        guard program.count < LinearPattern.maximumSize else { return false }
        switch node {
        case .empty: return true
        case .scalar(let scalar): program.append(.scalar(scalar))
        case .set(let set): program.append(.set(set))
        case .assertion(let assertion): program.append(.assertion(assertion))
        case .sequence(let nodes): return nodes.allSatisfy { emit($0) }
        case .alternatives(let nodes):
            var jumps: [Int] = []
            for (index, node) in nodes.enumerated() {
                let split = program.count
                if index < nodes.count - 1 { program.append(.split(split + 1, 0)) }
                guard emit(node) else { return false }
                if index < nodes.count - 1 {
                    jumps.append(program.count)
                    program.append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repeated(let node, let min, let max):
            for _ in 0..<min { guard emit(node) else { return false } }
            guard let max else {
                let split = program.count
                program.append(.split(split + 1, 0))
                guard emit(node) else { return false }
                program.append(.jump(split))
                program[split] = .split(split + 1, program.count)
                return true
            }
            var splits: [Int] = []
            for _ in min..<Swift.max(min, max) {
                splits.append(program.count)
                program.append(.split(program.count + 1, 0))
                guard emit(node) else { return false }
            }
            for split in splits { program[split] = .split(split + 1, program.count) }
        }
        return program.count <= LinearPattern.maximumSize
    }
}

import Testing

@testable import SPBECore

/// The planner's step count is the minimum: checked against an exhaustive search over every state of a small
/// framework, for every start and every goal.
struct PlannerTests {
    static let framework: Framework = {
        let text = ExampleRepository.baseline["schemas/frameworks/mini.json"]!
        return try! Framework(try! JSONParser().parse(Array(text.utf8)).root)
    }()
    static let manifest = Manifest(try! JSONParser().parse(Array(ExampleRepository.manifest().utf8)).root)!

    static func score(_ levels: [Int]) -> ScopeScore {
        Scorer.score(
            framework: framework, manifest: manifest,
            levels: ["Q1": Level(levels[0]), "Q2": Level(levels[1]), "Q3": Level(levels[2])])
    }

    /// Every state reachable by raising levels, with its index.
    static let allStates: [[Int]] = {
        var states: [[Int]] = []
        for a in 0...5 { for b in 0...5 { for c in 0...5 { states.append([a, b, c]) } } }
        return states
    }()

    @Test func stepCountIsMinimalForEveryStartAndGoal() {
        let indices = Self.allStates.map { Self.score($0).index }
        let goals = (10...50).map { Rational($0, 10) } + [Rational(3415, 1000), Rational(1, 3)]
        for start in Self.allStates {
            let startScore = Self.score(start)
            for goal in goals {
                let plan = Planner.plan(startScore, goal: goal)
                let best = zip(Self.allStates, indices)
                    .filter { state, index in zip(state, start).allSatisfy { $0 >= $1 } && index >= goal }
                    .map { state, _ in zip(state, start).map { $0 - $1 }.reduce(0, +) }
                    .min()
                if let best {
                    #expect(plan.reachable && plan.steps.count == best, "start \(start) goal \(goal)")
                    #expect(plan.steps.last.map { $0.indexAfter >= goal } ?? (startScore.index >= goal))
                } else {
                    #expect(!plan.reachable)
                }
            }
        }
    }

    @Test func stepsRaiseOneLevelAtATimeAndAddUpExactly() {
        let plan = Planner.plan(Self.score([1, 1, 1]), goal: Rational(4))
        var levels: [String: Level] = ["Q1": 1, "Q2": 1, "Q3": 1]
        for step in plan.steps {
            #expect(levels[step.indicator.id] == step.from && step.to == step.from + 1)
            levels[step.indicator.id] = step.to
            #expect(
                Scorer.score(framework: Self.framework, manifest: Self.manifest, levels: levels).index
                    == step.indexAfter)
        }
        #expect(plan.steps.prefix(4).allSatisfy { $0.indicator.id == "Q3" }, "the heaviest indicator first")
    }

    @Test func nextBandHonoursRoundedPredikat() throws {
        let score = Self.score([1, 1, 1])
        let (band, goal) = try #require(Planner.nextBandGoal(score))
        #expect(band.name == "Baik" && goal == Rational(3))
    }

    /// With decimal values a step raises one indicator by one level or, when less is left, to the maximum. The
    /// plan's count is still the fewest such steps: checked against every combination of step counts.
    @Test func stepCountIsMinimalWithDecimalValues() throws {
        let text = ExampleRepository.baseline["schemas/frameworks/mini.json"]!
            .replacingOccurrences("\"decimals\": 0", "\"decimals\": 2")
        let framework = try Framework(try JSONParser().parse(Array(text.utf8)).root)
        let grid: [Level] = [0, 1, Level(hundredths: 150), Level(hundredths: 225), 3, Level(hundredths: 475), 5]
        let goals = (10...50).map { Rational($0, 10) } + [Rational(3415, 1000)]
        func index(_ values: [Level]) -> Rational {
            zip(framework.indicators, values).reduce(Rational.zero) { $0 + $1.1.rational * $1.0.share }
        }
        /// The values after k steps from a start value.
        func after(_ start: Level, _ steps: Int) -> Level { min(start + Level(steps), framework.values.max) }
        func stepsToTop(_ start: Level) -> Int {
            var count = 0
            while after(start, count) < framework.values.max { count += 1 }
            return count
        }
        for a in grid {
            for b in grid {
                for c in grid {
                    let start = [a, b, c]
                    let score = Scorer.score(
                        framework: framework, manifest: Self.manifest, levels: ["Q1": a, "Q2": b, "Q3": c])
                    var reachable: [(steps: Int, index: Rational)] = []
                    for x in 0...stepsToTop(a) {
                        for y in 0...stepsToTop(b) {
                            for z in 0...stepsToTop(c) {
                                reachable.append(
                                    (x + y + z, index([after(start[0], x), after(start[1], y), after(start[2], z)])))
                            }
                        }
                    }
                    for goal in goals {
                        let plan = Planner.plan(score, goal: goal)
                        let best = reachable.filter { $0.index >= goal }.map(\.steps).min()
                        if let best {
                            #expect(plan.reachable && plan.steps.count == best, "start \(start) goal \(goal)")
                            #expect(plan.steps.allSatisfy { $0.to == min($0.from + 1, framework.values.max) })
                        } else {
                            #expect(!plan.reachable)
                        }
                    }
                }
            }
        }
    }
}

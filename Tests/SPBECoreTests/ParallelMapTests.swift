import Testing

@testable import SPBECore

/// `parallelMap` gives the results of a plain `map`, in order, whatever the number of threads.
struct ParallelMapTests {
    @Test func resultsAreInIndexOrderOnAnyNumberOfThreads() {
        for threads in [1, 2, 3, 8] {
            for count in [0, 1, 2, 17, 1000] {
                #expect(
                    parallelMap(count, threads: threads) { $0 * $0 } == (0..<count).map { $0 * $0 },
                    "\(count) on \(threads)")
            }
        }
    }

    @Test func everyIndexIsTakenOnce() {
        let words = (0..<500).map { "item-\($0)" }
        #expect(parallelMap(words.count, threads: 4) { words[$0] } == words)
    }
}

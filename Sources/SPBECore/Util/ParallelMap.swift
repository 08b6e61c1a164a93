import Dispatch
import Synchronization

/// `transform` applied to `0..<count` on up to `threads` threads, the results in index order (the same as one
/// thread's). `transform` must only read shared state.
public func parallelMap<T>(_ count: Int, threads: Int, _ transform: (Int) -> T) -> [T] {
    guard threads > 1, count > 1 else { return (0..<count).map(transform) }
    return withoutActuallyEscaping(transform) { transform in
        let run = ParallelRun<T>(count: count, threads: min(threads, count), step: 1) { _ in transform }
        run.perform()
        return run.results.map { $0! }
    }
}

/// One parallel run over `0..<count`, the one place the project shares mutable memory between threads.
///
/// Each thread first makes its own worker with `makeWorker(thread)` (thread 0 may use the caller's state, the
/// others open their own), then takes `step` indices at a time from an atomic counter, so a thread that started
/// late or runs slower takes fewer. Unchecked `Sendable`: each slot of `results` is written by the one thread
/// that took its index, each slot of `failures` by its own thread, and both are read after all threads end.
final class ParallelRun<T>: @unchecked Sendable {
    private let count: Int
    private let threads: Int
    private let step: Int
    private let makeWorker: (Int) throws -> (Int) throws -> T
    private let slots: UnsafeMutableBufferPointer<T?>
    private let failures: UnsafeMutableBufferPointer<(any Error)?>
    private let next = AtomicCounter()

    init(count: Int, threads: Int, step: Int, makeWorker: @escaping (Int) throws -> (Int) throws -> T) {
        self.count = count
        self.threads = threads
        self.step = step
        self.makeWorker = makeWorker
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
        failures = .allocate(capacity: threads)
        failures.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
        failures.deinitialize()
        failures.deallocate()
    }

    /// Runs every thread's share and returns when all have ended.
    func perform() {
        DispatchQueue.concurrentPerform(iterations: threads) { self.fill(thread: $0) }
    }

    /// The results by index; nil where a thread failed before reaching it.
    var results: [T?] { Array(slots) }

    /// The first error a thread met (its share ended there).
    var failure: (any Error)? { failures.lazy.compactMap { $0 }.first }

    private func fill(thread: Int) {
        do {
            let work = try makeWorker(thread)
            while case let start = next.take(step), start < count {
                for index in start..<min(count, start + step) { slots[index] = try work(index) }
            }
        } catch {
            failures[thread] = error
        }
    }
}

/// A counter threads take numbers from, each number once.
final class AtomicCounter: Sendable {
    private let value = Atomic<Int>(0)

    /// The next `step` numbers: returns the first of them.
    func take(_ step: Int) -> Int { value.wrappingAdd(step, ordering: .relaxed).oldValue }
}

import Dispatch
import Synchronization

/// `transform` applied to `0..<count` on up to `threads` threads, the results in index order (the same as one
/// thread's). `transform` must only read shared state.
public func parallelMap<T>(_ count: Int, threads: Int, _ transform: (Int) -> T) -> [T] {
    guard threads > 1, count > 1 else { return (0..<count).map(transform) }
    return withoutActuallyEscaping(transform) { transform in
        let slots = ParallelSlots<T>(count: count, transform: transform)
        DispatchQueue.concurrentPerform(iterations: min(threads, count)) { _ in slots.fill() }
        return slots.results()
    }
}

/// The shared state of one `parallelMap`. Unchecked `Sendable`: threads take indices through an atomic counter,
/// so each slot is written by one thread only, and read after all have finished.
private final class ParallelSlots<T>: @unchecked Sendable {
    private let count: Int
    private let transform: (Int) -> T
    private let slots: UnsafeMutableBufferPointer<T?>
    private let next = AtomicCounter()

    init(count: Int, transform: @escaping (Int) -> T) {
        self.count = count
        self.transform = transform
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func fill() {
        while case let index = next.take(1), index < count { slots[index] = transform(index) }
    }

    func results() -> [T] { slots.map { $0! } }
}

/// A counter threads take numbers from, each number once.
final class AtomicCounter: Sendable {
    private let value = Atomic<Int>(0)

    /// The next `step` numbers: returns the first of them.
    func take(_ step: Int) -> Int { value.wrappingAdd(step, ordering: .relaxed).oldValue }
}

/// The members (or elements) of the containers a parse has open, on one stack: each container's array is then
/// allocated once, at its final size, instead of growing step by step (which also left up to half of it unused).
final class ScanStack<Element> {
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        storage = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func push(_ element: Element) {
        if count == capacity { grow() }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// Moves the elements from position `base` up into an array, leaving the stack `base` high.
    func pop(from base: Int) -> [Element] {
        let moved = count - base
        guard moved > 0 else { return [] }
        count = base
        return Array(unsafeUninitializedCapacity: moved) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: storage + base, count: moved)
            initialized = moved
        }
    }

    /// Reads one element in place.
    func withElement<Result>(at position: Int, _ body: (borrowing Element) -> Result) -> Result {
        body(storage[position])
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}

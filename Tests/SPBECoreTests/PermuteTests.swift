import Testing

@testable import SPBECore

/// `Linter.permute` reorders findings by swapping instead of copying: it must give what `order.map` gives.
struct PermuteTests {
    @Test func givesWhatMappingTheOrderGives() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 3, 5, 17, 200] {
            for _ in 0..<20 {
                let elements = (0..<count).map { "item \($0)" }
                let order = Array(elements.indices).shuffled(using: &generator)
                var permuted = elements
                Linter.permute(&permuted, into: order)
                #expect(permuted == order.map { elements[$0] })
            }
        }
    }

    @Test func keepsAnOrderThatIsAlreadyInPlace() {
        var elements = ["a", "b", "c"]
        Linter.permute(&elements, into: [0, 1, 2])
        #expect(elements == ["a", "b", "c"])
        Linter.permute(&elements, into: [2, 0, 1])
        #expect(elements == ["c", "a", "b"])
    }
}

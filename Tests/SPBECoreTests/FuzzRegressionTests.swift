import Testing
@testable import SPBECore

/// Inputs the fuzzers (`scripts/fuzz.sh`) turned up, kept as tests.
struct FuzzRegressionTests {
    /// LeakSanitizer found compiled schemas kept alive by a `$ref` cycle after their registry was gone.
    @Test func recursiveSchemasAreFreedWithTheirRegistry() throws {
        weak var schema: Schema?
        weak var registry: SchemaRegistry?
        do {
            let owner = SchemaRegistry()
            let text = ##"{"$id": "urn:loop", "properties": {"next": {"$ref": "#"}, "name": {"pattern": "^[a-z]+$"}}}"##
            owner.add(try JSONParser().parse(Array(text.utf8)).root, uri: "urn:loop")
            let validator = try #require(SchemaValidator(registry: owner, uri: "urn:loop"))
            let instance = try JSONParser().parse(Array(#"{"next": {"next": {"name": "x"}}}"#.utf8)).root
            #expect(validator.validate(instance).isEmpty)
            schema = validator.root
            registry = owner
        }
        #expect(schema == nil && registry == nil)
    }
}

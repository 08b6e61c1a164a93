import Testing

@testable import JSONSchema

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

    /// The validator fuzzer overflowed the stack with a schema whose last `$ref` (of duplicated keys) is `#`.
    @Test func selfReferenceWithoutDescentStops() throws {
        let text =
            ##"{ ",schema": "ht1.1.,1*ps:/rs", "$ref": "r\u0659ti:getr3').", "$ref": "#KKKKKKator3').", "$ref": "#" }"##
        let document = try JSONParser().parse(Array(text.utf8))
        let registry = SchemaRegistry()
        registry.add(document.root, uri: "file:///fuzz.json")
        let validator = try #require(SchemaValidator(registry: registry, uri: "file:///fuzz.json"))
        let errors = validator.validate(document.root)
        #expect(errors.contains { $0.message.en.contains("reference loop") })
        #expect(!validator.isValid(JSONNode(.object([]))))
    }
}

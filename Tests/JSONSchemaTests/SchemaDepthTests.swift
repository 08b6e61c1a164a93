import Testing

@testable import JSONSchema

/// Deep but finite schemas are validated; a schema that reaches itself without going deeper is named a loop.
struct SchemaDepthTests {
    static func validate(schema: String, instance: String) throws -> [SchemaError] {
        let registry = SchemaRegistry()
        registry.add(try JSONParser().parse(Array(schema.utf8)).root, uri: "file:///s.json")
        let validator = try #require(SchemaValidator(registry: registry, uri: "file:///s.json"))
        return validator.validate(try JSONParser().parse(Array(instance.utf8)).root)
    }

    @Test func aSchemaNested500DeepIsValidated() throws {
        let depth = 500
        let schema =
            String(repeating: #"{"items": "#, count: depth) + #"{"type": "integer"}"#
            + String(repeating: "}", count: depth)
        let good = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        let bad = String(repeating: "[", count: depth) + "\"x\"" + String(repeating: "]", count: depth)
        #expect(try Self.validate(schema: schema, instance: good).isEmpty)
        let errors = try Self.validate(schema: schema, instance: bad)
        #expect(errors.map(\.keyword) == ["type"], "\(errors)")
    }

    @Test func aReferenceLoopIsNamedAsOne() throws {
        let loops = [
            ##"{"$ref": "#"}"##,
            ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##,
        ]
        for schema in loops {
            let errors = try Self.validate(schema: schema, instance: "1")
            #expect(errors.contains { $0.message.en.contains("reference loop") }, "\(schema): \(errors)")
        }
        // Recursion that descends into the value is no loop.
        let tree = ##"{"type": "object", "properties": {"child": {"$ref": "#"}}}"##
        #expect(try Self.validate(schema: tree, instance: #"{"child": {"child": {}}}"#).isEmpty)
    }
}

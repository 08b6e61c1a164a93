// libFuzzer target: any JSON, used as a schema and as an instance of the project's own schemas, never crashes
// the validator (bad schemas are answered, references that do not resolve are reported).
// The registries are made per input: a Regex kept in a global makes LeakSanitizer report a false leak at exit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? JSONParser(maxDepth: 64, maxSize: 1 << 20).parse(bytes) else { return 0 }
    let builtIn = SchemaRegistry()
    for (name, schema) in BuiltIn.schemas {
        builtIn.add(try! JSONParser().parse(schema).root, uri: "file:///schemas/" + name)
    }
    for name in BuiltIn.schemas.keys {
        _ = SchemaValidator(registry: builtIn, uri: "file:///schemas/" + name)?.validate(document.root)
    }
    let registry = SchemaRegistry()
    registry.add(document.root, uri: "file:///fuzz.json")
    if let validator = SchemaValidator(registry: registry, uri: "file:///fuzz.json") {
        _ = validator.validate(document.root)
        _ = validator.validate(JSONNode(.object([])))
    }
    return 0
}

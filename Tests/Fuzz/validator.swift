// libFuzzer target: any JSON, used as a schema and as an instance of the project's own schemas, never crashes
// the validator (bad schemas are answered, references that do not resolve are reported).
let fuzzRegistry: SchemaRegistry = {
    let registry = SchemaRegistry()
    for (name, bytes) in BuiltIn.schemas {
        registry.add(try! JSONParser().parse(bytes).root, uri: "file:///schemas/" + name)
    }
    return registry
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? JSONParser(maxDepth: 64, maxSize: 1 << 20).parse(bytes) else { return 0 }
    for name in BuiltIn.schemas.keys {
        _ = SchemaValidator(registry: fuzzRegistry, uri: "file:///schemas/" + name)?.validate(document.root)
    }
    let registry = SchemaRegistry()
    registry.add(document.root, uri: "file:///fuzz.json")
    if let validator = SchemaValidator(registry: registry, uri: "file:///fuzz.json") {
        _ = validator.validate(document.root)
        _ = validator.validate(JSONNode(.object([])))
    }
    return 0
}

// libFuzzer target: the JSON parser must answer any bytes with a document or a JSONSyntaxError, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let document = try? JSONParser(maxDepth: 64, maxSize: 1 << 20).parse(bytes) {
        _ = JSONWriter.compact(document.root.value)
        for duplicate in document.duplicateKeys { _ = document.location(of: duplicate.secondOffset) }
    }
    return 0
}

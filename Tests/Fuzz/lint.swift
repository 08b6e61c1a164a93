// libFuzzer target: any bytes as one agency file of the example repository go through loading, every lint
// rule and scoring without crashing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let tree = MemoryTree(ExampleRepository.files(["assessments/desa/pelayanan.json": text]))
    guard let revision = try? AssessmentLoader(tree: tree, cache: BlobCache()).load() else { return 0 }
    _ = Linter.run(LintContext(revision: revision, tree: tree, base: revision, strict: true))
    for scope in revision.scopes { _ = scope.score(stage: .final) }
    return 0
}

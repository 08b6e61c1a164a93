/// The content hash an evidence item records as `sha256`: of the file's bytes, or, when the repository keeps the
/// file with Git LFS (the usual home of scanned PDFs), the `oid sha256:` its pointer names, which is the hash of
/// the content on the LFS server; so evidence is checked without downloading it.
public enum EvidenceHash {
    public static func of(_ bytes: [UInt8]) -> String { lfsPointerOID(bytes) ?? SHA256.hex(bytes) }

    /// The oid of a Git LFS pointer file (`version https://git-lfs…`, `oid sha256:<64 hex>`, `size N`), or nil.
    public static func lfsPointerOID(_ bytes: [UInt8]) -> String? {
        guard bytes.count < 1024, let text = String(validating: bytes, as: UTF8.self),
            text.hasPrefix("version https://git-lfs.github.com/spec/v1\n")
        else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("oid sha256:") {
            let oid = line.dropFirst("oid sha256:".count)
            guard oid.count == 64, oid.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
            return String(oid)
        }
        return nil
    }
}

/// Where a path sits in the repository layout (the README's "File formats"), decided in one place:
/// `assessments/<scope>/instansi.json` is a scope's manifest, any other `assessments/<scope>/<name>.json` is
/// agency `<name>`'s file, anything else below a scope folder is some other entry of that scope.
public enum AssessmentPath: Equatable, Sendable {
    case manifest(scope: String)
    case agencyFile(scope: String, agency: String)
    /// Below `assessments/<scope>/` but neither a manifest nor an agency file (nested, or not `.json`).
    case otherInScope(scope: String)
    /// Outside every scope folder: elsewhere in the repository, or directly in `assessments/`.
    case outside

    /// The folder holding the scopes.
    public static let folder = "assessments"
    /// Where evidence files usually live (`evidence/<agency>/…`); an evidence `path` may point anywhere.
    public static let evidenceFolder = "evidence"
    /// A scope's manifest file name.
    public static let manifestName = "instansi.json"

    /// Classifies a repository-relative path. Reads the string's bytes in place, allocating nothing but the
    /// ids: a national revision has thousands of paths.
    public init(_ path: String) {
        var path = path
        self = path.withUTF8(Self.classify)
    }

    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> AssessmentPath {
        let slash = UInt8(ascii: "/")
        guard bytes.count > prefix.count, bytes.starts(with: prefix),
            let scopeEnd = bytes[prefix.count...].firstIndex(of: slash)
        else { return .outside }
        let scope = String(decoding: bytes[prefix.count..<scopeEnd], as: UTF8.self)
        let name = bytes[(scopeEnd + 1)...]
        guard !name.contains(slash), name.count >= suffix.count, name.suffix(suffix.count).elementsEqual(suffix) else {
            return .otherInScope(scope: scope)
        }
        if name.elementsEqual(manifestName.utf8) { return .manifest(scope: scope) }
        return .agencyFile(scope: scope, agency: String(decoding: name.dropLast(suffix.count), as: UTF8.self))
    }

    /// The scope the path belongs to, if any.
    public var scope: String? {
        switch self {
        case .manifest(let scope), .agencyFile(let scope, _), .otherInScope(let scope): scope
        case .outside: nil
        }
    }

    /// The agency an agency file is named after (`bappeda.json` → `bappeda`).
    public var agency: String? {
        if case .agencyFile(_, let agency) = self { agency } else { nil }
    }

    /// Lowercase kebab-case (`kota-baru`, `bappeda`): the schemas' `^[a-z0-9]+(-[a-z0-9]+)*$`.
    public static func isID(_ text: String) -> Bool {
        text.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }

    /// Whether an agency id can name its own file: an id, and not the manifest's name. A manifest from any commit
    /// is read as written, so every command that makes a path from an agency id asks this first: `../x` or
    /// `instansi` would write over something else.
    public static func isAgencyID(_ id: String) -> Bool { isID(id) && id != "instansi" }

    /// `assessments/<scope>`.
    public static func scopeFolder(_ scope: String) -> String { "\(folder)/\(scope)" }
    /// `assessments/<scope>/instansi.json`.
    public static func manifest(of scope: String) -> String { "\(folder)/\(scope)/\(manifestName)" }
    /// `assessments/<scope>/<agency>.json`.
    public static func agencyFile(of agency: String, in scope: String) -> String { "\(folder)/\(scope)/\(agency).json" }

    private static let prefix = Array("\(folder)/".utf8)
    private static let suffix = Array(".json".utf8)
}

/// One JSON file of a revision: parsed (or why not) and checked against its schema.
public struct LoadedFile {
    public let entry: FileEntry
    public let result: CheckedJSON

    public var path: String { entry.path }
    /// The agency assessment, decoded once per blob, when the file is a valid agency file (and the cache decodes
    /// more than levels).
    public var assessment: AgencyAssessment? { result.assessment }
    /// What lint reads: the valid file's content, or a duplicate-key file's read with each key's last value.
    public var lintedAssessment: AgencyAssessment? { result.assessment ?? result.unscoredAssessment }
    /// What scoring reads of a valid agency file.
    public var levels: AgencyLevels? { result.levels ?? result.assessment?.levels }
    public var document: JSONDocument? { result.document }
    /// True when it parsed, has no duplicate keys and passes its schema.
    public var isValid: Bool { result.isValid }
}

/// What parsing and schema validation of one blob found; cached by blob id. Immutable and shared: a class, so
/// that every revision holding it costs one reference.
public final class CheckedJSON {
    /// The parsed file; nil when it did not parse, and for a valid agency file when the cache does not keep
    /// documents (only what it decoded is needed then).
    public let document: JSONDocument?
    public let syntaxError: JSONSyntaxError?
    public let schemaErrors: [SchemaError]
    /// For a valid agency file, its decoded content (unless the cache decodes levels only).
    public let assessment: AgencyAssessment?
    /// For an agency file whose only fault is a duplicate key: its content as lint reads it (each key's last
    /// value), so every other finding in it shows in the same run. Never scored.
    public let unscoredAssessment: AgencyAssessment?
    /// For a valid agency file when the cache decodes levels only.
    public let levels: AgencyLevels?
    /// For a valid manifest, its decoded content.
    public let manifest: Manifest?
    /// True when it parsed, has no duplicate keys and passes its schema.
    public let isValid: Bool

    init(
        document: JSONDocument?, syntaxError: JSONSyntaxError?, schemaErrors: [SchemaError],
        assessment: AgencyAssessment? = nil, unscoredAssessment: AgencyAssessment? = nil,
        levels: AgencyLevels? = nil, manifest: Manifest? = nil, isValid: Bool
    ) {
        self.document = document
        self.syntaxError = syntaxError
        self.schemaErrors = schemaErrors
        self.assessment = assessment
        self.unscoredAssessment = unscoredAssessment
        self.levels = levels
        self.manifest = manifest
        self.isValid = isValid
    }
}

/// Parse and validation results by blob id (and schema), shared by every command and revision in a process,
/// so reading many revisions costs the blobs that changed, not revisions × files.
public final class BlobCache {
    /// A blob checked against one kind of schema of one schema set (the cache makes one set per distinct schema
    /// files, so its identity stands for the files).
    private struct Key: Hashable {
        let blob: ContentID
        let schemas: ObjectIdentifier
        let kind: SchemaSet.Kind

        init(_ entry: FileEntry, _ kind: SchemaSet.Kind, _ schemas: SchemaSet) {
            blob = entry.id
            self.schemas = ObjectIdentifier(schemas)
            self.kind = kind
        }

    }

    private var checked: [Key: CheckedJSON] = [:]
    private var schemaSets: [[SchemaFile]: SchemaSet] = [:]

    private struct SchemaFile: Hashable {
        let path: String
        let id: ContentID
    }
    /// How much of each file the cache keeps.
    public let detail: Detail

    /// What a command needs of the files it reads: the less it keeps, the less memory it fills.
    public enum Detail: Sendable {
        /// Syntax trees and decoded content (lint rules point into the trees).
        case documents
        /// Decoded content; syntax trees only of files with problems (diffs, reports).
        case assessments
        /// Agency files' levels only (scores, history).
        case levels
    }

    public init(detail: Detail = .documents) {
        self.detail = detail
    }

    /// The schemas of a tree, loaded once per distinct set of schema files.
    public func schemas(_ tree: FileTree) throws -> SchemaSet {
        let entries = try SchemaSet.entries(tree)
        let key = entries.map { SchemaFile(path: $0.path, id: $0.id) }
        if let known = schemaSets[key] { return known }
        let schemas = try SchemaSet(tree: tree, entries: entries)
        schemaSets[key] = schemas
        return schemas
    }

    /// The checked form of a blob, computing it on first use.
    public func checked(_ entry: FileEntry, kind: SchemaSet.Kind, schemas: SchemaSet, read: () throws -> [UInt8]) throws
        -> CheckedJSON
    {
        let key = Key(entry, kind, schemas)
        if let known = checked[key] { return known }
        let result = Self.check(try read(), kind: kind, schemas: schemas, detail: detail)
        checked[key] = result
        return result
    }

    /// Parses and validates bytes (no caching; safe on any thread with its own `schemas`).
    static func check(_ bytes: [UInt8], kind: SchemaSet.Kind, schemas: SchemaSet, detail: Detail) -> CheckedJSON {
        do {
            let document = try JSONParser().parse(bytes)
            let errors = schemas.validator(kind)?.validate(document.root) ?? []
            let valid = errors.isEmpty && document.duplicateKeys.isEmpty
            guard valid else {
                let linted =
                    kind == .assessment && errors.isEmpty && detail != .levels ? AgencyAssessment(document.root) : nil
                return CheckedJSON(
                    document: document, syntaxError: nil, schemaErrors: errors, unscoredAssessment: linted,
                    isValid: false)
            }
            switch kind {
            case .assessment where detail == .levels:
                let levels = AgencyLevels(document.root)
                return CheckedJSON(
                    document: levels == nil ? document : nil, syntaxError: nil, schemaErrors: [], levels: levels,
                    isValid: true)
            case .assessment:
                let assessment = AgencyAssessment(document.root)
                let keepsDocument = assessment == nil || detail == .documents
                return CheckedJSON(
                    document: keepsDocument ? document : nil, syntaxError: nil, schemaErrors: [],
                    assessment: assessment, isValid: true)
            case .instansi:
                return CheckedJSON(
                    document: document, syntaxError: nil, schemaErrors: [], manifest: Manifest(document.root),
                    isValid: true)
            case .framework, .checklist:
                return CheckedJSON(document: document, syntaxError: nil, schemaErrors: [], isValid: true)
            }
        } catch {
            return CheckedJSON(document: nil, syntaxError: error, schemaErrors: [], isValid: false)
        }
    }

    func contains(_ entry: FileEntry, kind: SchemaSet.Kind, schemas: SchemaSet) -> Bool {
        checked[Key(entry, kind, schemas)] != nil
    }

    /// Room for `count` more results, so a large batch does not grow the table step by step.
    func reserve(_ count: Int) {
        checked.reserveCapacity(checked.count + count)
    }

    func insert(_ result: CheckedJSON, for entry: FileEntry, kind: SchemaSet.Kind, schemas: SchemaSet) {
        checked[Key(entry, kind, schemas)] = result
    }
}

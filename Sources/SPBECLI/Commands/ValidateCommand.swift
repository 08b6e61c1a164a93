import Foundation
import GitStore
import SPBECore

/// `spbe validate --schema S FILE…`: any JSON files against any JSON Schema 2020-12, from disk or from git.
struct ValidateCommand: Command {
    static let name = "validate"
    static let summary = Localized(
        en: "validate JSON files against a JSON Schema (draft 2020-12)",
        indonesian: "validasi berkas JSON terhadap JSON Schema (draft 2020-12)")

    static let schema = Option<String>(
        "schema", value: "SCHEMA",
        help: Localized(en: "the schema file (required)", indonesian: "berkas skema (wajib)"),
        completion: .file)
    static let schemaDirectory = Option<String>(
        "schema-dir", value: "DIR",
        help: Localized(
            en: "load every .json file of DIR too, for $ref (repeatable)",
            indonesian: "muat juga setiap berkas .json di DIR, untuk $ref (boleh diulang)"))
    static let rev = Option<String>(
        "rev", value: "REV",
        help: Localized(
            en: "read schema and files from this git revision (paths in the repository)",
            indonesian: "baca skema dan berkas dari revisi git ini (path di dalam repositori)"))
    static let assertFormat = Flag(
        "assert-format",
        help: Localized(
            en: "make 'format' fail invalid values", indonesian: "jadikan 'format' menolak nilai yang tidak sah"))
    static let format = Option<Format>.format([.text, .json])
    static let options: [any OptionDeclaration] = [
        schema, schemaDirectory, rev, SourceOptions.repository, assertFormat, format,
    ]
    static let positionals = Arity.atLeast(1, "FILE")

    let schemaPath: String
    let schemaDirectories: [String]
    let files: [String]
    let revision: String?
    let repositoryPath: String?
    let assertFormat: Bool
    let format: Format

    init(_ arguments: ParsedArguments) throws {
        guard let schema = try arguments[Self.schema] else {
            throw UsageError(Messages.missingArgument("--schema SCHEMA"))
        }
        schemaPath = schema
        schemaDirectories = try arguments.all(Self.schemaDirectory)
        files = arguments.positionals
        revision = try arguments[Self.rev]
        repositoryPath = try arguments[SourceOptions.repository]
        assertFormat = arguments[Self.assertFormat]
        format = try arguments[Self.format] ?? .text
    }

    func run(_ context: Context) throws -> ExitCode {
        let source = try FileSource(revision: revision, repositoryPath: repositoryPath, context: context)
        let registry = SchemaRegistry()
        for directory in schemaDirectories {
            for path in try source.jsonFiles(in: directory) {
                if let document = try? JSONParser().parse(try source.read(path)) {
                    registry.add(document.root, uri: source.uri(path))
                }
            }
        }
        let schemaDocument: JSONDocument
        do {
            schemaDocument = try JSONParser().parse(try source.read(schemaPath))
        } catch let error as JSONSyntaxError {
            throw ToolError(Messages.unparseableSchema(schemaPath, error.location, error.message))
        }
        registry.add(schemaDocument.root, uri: source.uri(schemaPath))
        guard
            let validator = SchemaValidator(registry: registry, uri: source.uri(schemaPath), assertFormat: assertFormat)
        else {
            throw ToolError(
                Messages.unparseableSchema(schemaPath, SourceLocation(line: 1, column: 1), Messages.notASchema))
        }
        var results: [ValidationResult] = []
        for file in files {
            results.append(ValidationResult.check(file, bytes: try source.read(file), validator: validator))
        }
        let output = ValidationOutput(results: results, language: context.language)
        switch format {
        case .json: context.stdout.write(output.json().rendered)
        default: context.stdout.write(output.text())
        }
        return results.allSatisfy(\.isValid) ? .success : .findings
    }
}

/// Where `validate` reads files: the file system, or the tree of a git revision.
struct FileSource {
    private let repository: Repository?
    private let commit: ObjectID?
    private let directory: String
    private let files: any FileSystem

    init(revision: String?, repositoryPath: String?, context: Context) throws {
        directory = context.currentDirectory
        files = context.files
        guard let revision else {
            repository = nil
            commit = nil
            return
        }
        let repository = try SourceOptions.openRepository(repositoryPath, context)
        self.repository = repository
        commit = try repository.resolveRevision(revision)
    }

    /// The bytes of a file; a missing or unreadable file is a tool error (exit 2).
    func read(_ path: String) throws -> [UInt8] {
        if let repository, let commit {
            guard let bytes = try repository.blob(at: commit, path: Self.clean(path)) else {
                throw ToolError(Messages.noSuchFile(path))
            }
            return bytes
        }
        let absolute = SourceOptions.absolute(path, in: directory)
        guard let bytes = files.contents(absolute) else {
            throw ToolError(files.exists(absolute) ? Messages.unreadableFile(path) : Messages.noSuchFile(path))
        }
        return bytes
    }

    /// The `.json` files directly and deeper in a folder.
    func jsonFiles(in folder: String) throws -> [String] {
        if let repository, let commit {
            let clean = Self.clean(folder)
            return try repository.entries(at: commit, under: clean).filter { $0.isFile && $0.path.hasSuffix(".json") }
                .map(\.path)
        }
        let root = SourceOptions.absolute(folder, in: directory)
        guard let paths = files.walk(root) else { throw ToolError(Messages.noSuchFile(folder)) }
        return paths.filter { $0.hasSuffix(".json") }.sorted().map { root + "/" + $0 }
    }

    /// The URI a file is registered under, so relative `$ref`s between files resolve.
    func uri(_ path: String) -> String {
        if repository != nil { return "file:///" + Self.clean(path) }
        return "file://" + SourceOptions.absolute(path, in: directory)
    }

    private static func clean(_ path: String) -> String {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}

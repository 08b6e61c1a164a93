import Foundation
import SPBECore
import Spreadsheet

/// `spbe export`: a workbook (xlsx) or csv of one scope's assessments, to fill in and bring back with `spbe import`.
struct ExportCommand: Command {
    enum SheetFormat: String, CaseIterable, Sendable { case xlsx, csv }

    static let name = "export"
    static let summary = Localized(
        en: "write a workbook (xlsx) or csv of the assessments to fill in and bring back with 'spbe import'",
        indonesian: "tulis buku kerja (xlsx) atau csv penilaian untuk diisi lalu dibawa kembali dengan 'spbe import'")
    static let format = Option<SheetFormat>(
        "format", help: Localized(en: "xlsx (the default) or csv", indonesian: "xlsx (bawaan) atau csv"))
    static let out = Option<String>(
        "out", value: "FILE",
        help: Localized(
            en: "the file to write ('-': standard output, csv only); a FIFO or device is written in place",
            indonesian: "berkas yang ditulis ('-': keluaran standar, hanya csv); FIFO atau perangkat ditulis di tempat")
    )
    static let separator = Option<CSV.Convention>(
        "separator",
        help: Localized(
            en: "csv: comma (the default) or semicolon with decimal commas, as Excel in an Indonesian locale reads",
            indonesian: "csv: comma (bawaan) atau semicolon dengan koma desimal, seperti Excel berlokal Indonesia"))
    static let reads: SourceOptions.Reads = [.revision, .worktree]
    static let options: [any OptionDeclaration] =
        SourceOptions.options(reads) + [SheetLayout.scope, format, CommonOptions.agency, out, separator]

    let source: SourceOptions
    let scope: String?
    let format: SheetFormat
    let agency: String?
    let out: String
    let separator: CSV.Convention

    init(_ arguments: ParsedArguments) throws {
        source = try SourceOptions(arguments, reads: Self.reads)
        scope = try arguments[SheetLayout.scope]
        guard let out = try arguments[Self.out] else { throw UsageError(Messages.missingOption("--out")) }
        self.out = out
        format = try arguments[Self.format] ?? (out.lowercased().hasSuffix(".csv") ? .csv : .xlsx)
        agency = try arguments[CommonOptions.agency]
        separator = try arguments[Self.separator] ?? .comma
        if format == .xlsx && out == "-" { throw UsageError(Messages.exportBinaryToStdout) }
        let lowered = out.lowercased()
        if [".ods", ".xls", ".xlsm"].contains(where: lowered.hasSuffix) {
            throw UsageError(Messages.exportExtension(out))
        }
    }

    func run(_ context: Context) throws -> ExitCode {
        let (repository, snapshot) = try source.open(context)
        let revision = try RevisionReader(repository: repository, context: context, detail: .documents).load(
            snapshot, scopes: scope.map { [$0] } ?? [])
        try CommonOptions.requireScopes(revision, wanted: scope.map { [$0] } ?? [])
        try CommonOptions.requireAgency(agency, revision)
        let scope = try Self.scope(self.scope, agency: agency, revision)
        guard let manifest = scope.manifest, let framework = scope.framework?.framework else {
            throw ToolError(Messages.exportUnscorable(scope.id))
        }
        let agencies = manifest.agencies.filter { agency == nil || $0.id == agency }
        if let agency, agencies.isEmpty {
            throw ToolError(Messages.unknownAgencyOption(agency, manifest.agencies.map(\.id)))
        }
        let export = AssessmentExport(
            scope: scope, manifest: manifest, framework: framework, agencies: agencies,
            revision: snapshot.commit?.hex ?? Messages.workingTree.text(context.language), language: context.language)
        let bytes: [UInt8]
        let sheets: Int
        switch format {
        case .xlsx:
            let workbook = export.workbook()
            (bytes, sheets) = (workbook.xlsx(), workbook.sheets.count)
        case .csv:
            (bytes, sheets) = (CSV.write(export.indicatorRows(), convention: separator), 1)
        }
        if out == "-" {
            context.stdout.write(String(decoding: bytes, as: UTF8.self))
            return .success
        }
        try context.write(SourceOptions.absolute(out, in: context.currentDirectory), bytes, shown: out)
        context.stderr.line(Messages.exported(out, sheets: sheets).text(context.language))
        return .success
    }

    /// The scope asked for, or the agency's, or the only one.
    static func scope(
        _ wanted: String?, agency: String?, _ revision: LoadedRevision,
        whenSeveral: ([String]) -> Localized = Messages.chooseScope
    ) throws -> LoadedScope {
        if let wanted, let scope = revision.scopes.first(where: { $0.id == wanted }) { return scope }
        let candidates = revision.scopes.filter { scope in
            agency.map { scope.manifest?.agency($0) != nil } ?? true
        }
        guard candidates.count == 1, let only = candidates.first else {
            throw UsageError(whenSeveral(candidates.map(\.id)))
        }
        return only
    }
}

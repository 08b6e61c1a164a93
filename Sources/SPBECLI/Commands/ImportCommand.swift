import Foundation
import GitStore
import SPBECore
import Spreadsheet

/// `spbe import FILE`: writes a filled-in workbook or csv into the agency files of the working tree, every
/// value checked first; when anything is wrong nothing is written. Then lints the result.
struct ImportCommand: Command {
    static let name = "import"
    static let summary = Localized(
        en: "write a filled-in workbook (xlsx) or csv into the agency files of the working tree, then lint them",
        indonesian: "tulis buku kerja (xlsx) atau csv yang sudah diisi ke berkas perangkat daerah, lalu periksa")
    static let assessorFlag = Flag(
        "assessor",
        help: Localized(
            en: "write the assessors' values (stages, notes, verdicts, recommendations) and nothing else",
            indonesian: "tulis nilai asesor (tahap, catatan, putusan, rekomendasi) dan tidak yang lain"))
    static let dryRun = Flag(
        "dry-run",
        help: Localized(
            en: "say what would change and write nothing", indonesian: "sebutkan perubahannya tanpa menulis"))
    static let agencyOption = Option<String>(
        "agency", value: "ID",
        help: Localized(
            en: "the agency whose rows these are: a row of another agency's indicator is refused",
            indonesian: "perangkat daerah pemilik baris-baris ini: baris indikator perangkat daerah lain ditolak"),
        completion: .agency)
    static let options: [any OptionDeclaration] = [
        SourceOptions.repository, SheetLayout.scope, agencyOption, assessorFlag, dryRun,
    ]
    static let positionals = Arity.exactly("FILE")

    let repositoryPath: String?
    let scope: String?
    let agency: String?
    let assessor: Bool
    let dryRun: Bool
    let file: String

    init(_ arguments: ParsedArguments) throws {
        repositoryPath = try arguments[SourceOptions.repository]
        scope = try arguments[SheetLayout.scope]
        agency = try arguments[Self.agencyOption]
        assessor = arguments[Self.assessorFlag]
        dryRun = arguments[Self.dryRun]
        file = arguments.positionals[0]
    }

    func run(_ context: Context) throws -> ExitCode {
        let language = context.language
        guard let bytes = context.files.contents(SourceOptions.absolute(file, in: context.currentDirectory)) else {
            throw ToolError(Messages.noSuchFile(file))
        }
        let workbook: Workbook
        do { workbook = try Workbook.read(bytes, fileName: file) } catch {
            throw ToolError(Messages.unreadableWorkbook(file, error.message))
        }
        let repository = try SourceOptions.openRepository(repositoryPath, context)
        guard let root = repository.workingDirectory.map({ $0.hasSuffix("/") ? String($0.dropLast()) : $0 }) else {
            throw ToolError(Messages.bareRepository)
        }
        let snapshot = try WorktreeSnapshot(repository: repository)
        let revision = try RevisionReader(repository: repository, context: context, detail: .documents).load(
            snapshot, scopes: [])
        try CommonOptions.requireAgency(agency, revision)
        let declared = AssessmentImport.declared(workbook)["scope"]?.value
        if let declared, let scope, declared != scope {
            throw ToolError(Messages.importScopeMismatch(declared, scope))
        }
        let wanted = scope ?? declared
        if let wanted, !revision.allScopeIDs.contains(wanted) {
            throw ToolError(Messages.unknownScope(wanted, revision.allScopeIDs))
        }
        let loaded = try ExportCommand.scope(wanted, agency: agency, revision)
        guard let manifest = loaded.manifest, let framework = loaded.framework?.framework else {
            throw ToolError(Messages.exportUnscorable(loaded.id))
        }
        let planner = AssessmentImport(
            scope: loaded, manifest: manifest, framework: framework,
            schema: try BlobCache().schemas(SnapshotTree(snapshot)).validator(.assessment),
            agency: agency, assessor: assessor, evidenceFile: { Self.evidenceFile($0, root: root, context) })
        let outcome = planner.run(workbook)
        for note in outcome.notes { context.stderr.line(Messages.noteLine(note, language)) }
        guard outcome.problems.isEmpty else {
            for problem in outcome.problems {
                context.stderr.line(Messages.errorLine(Messages.importProblem(problem), language))
            }
            context.stderr.line(Messages.importRefused(outcome.problems.count, file).text(language))
            return .findings
        }
        guard !outcome.changes.isEmpty else {
            context.stdout.line(Messages.importNothingChanged(file).text(language))
            return .success
        }
        for change in outcome.changes {
            let agencyID = URL(fileURLWithPath: change.path).deletingPathExtension().lastPathComponent
            for line in change.lines { context.stdout.line("\(agencyID): \(line.text(language))") }
        }
        if dryRun {
            context.stdout.line(Messages.importWritten(outcome.changes.count, dryRun: true).text(language))
            return .success
        }
        for change in outcome.changes {
            try context.write(root + "/" + change.path, change.bytes, shown: change.path, createFolder: true)
        }
        context.stdout.line(Messages.importWritten(outcome.changes.count, dryRun: false).text(language))
        return try lint(outcome.changes.map(\.path), context)
    }

    /// A path inside the repository (relative, no `..`), and the file's sha256 when it is there.
    static func evidenceFile(_ path: String, root: String, _ context: Context) -> AssessmentImport.EvidenceFile {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !path.contains("\\"), !path.contains(":"),
            parts.allSatisfy({ !$0.isEmpty && $0 != ".." && $0 != "." }), parts.first != ".git"
        else { return .outside }
        guard let bytes = context.files.contents(root + "/" + path) else { return .missing }
        return .present(sha256: EvidenceHash.of(bytes))
    }

    /// Lints the files written, as `spbe lint --worktree` would, and prints what it finds.
    private func lint(_ paths: [String], _ context: Context) throws -> ExitCode {
        let repository = try SourceOptions.openRepository(repositoryPath, context)
        let snapshot = try WorktreeSnapshot(repository: repository)
        let reader = RevisionReader(repository: repository, context: context, detail: .documents)
        let revision = try reader.load(snapshot, scopes: [])
        var lintContext = LintContext(
            revision: revision, tree: SnapshotTree(snapshot), base: nil, commits: [], strict: false, today: nil)
        lintContext.clock = context.today
        let findings = Linter.run(lintContext, overrides: [:], threads: reader.threads).map {
            $0.renderingHint(Messages.hint)
        }.filter { paths.contains($0.path) }
        guard !findings.isEmpty else { return .success }
        var report = LintReport(
            findings: findings, files: paths, commit: nil, repositoryURL: nil, frameworks: [],
            language: context.language)
        report.color = context.useColor
        context.write(report, as: .text)
        return findings.contains { $0.severity == .error } ? .findings : .success
    }
}

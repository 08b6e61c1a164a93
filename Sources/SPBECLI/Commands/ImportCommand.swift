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

    static let problemsShown = 200

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
        let reader = RevisionReader(repository: repository, context: context, detail: .documents)
        let revision = try reader.load(snapshot, scopes: [])
        try CommonOptions.requireAgency(agency, revision)
        let declared = AssessmentImport.declared(workbook)["scope"]?.value
        if let declared, let scope, declared != scope {
            throw ToolError(Messages.importScopeMismatch(declared, scope))
        }
        let wanted = scope ?? declared
        if let wanted, !revision.allScopeIDs.contains(wanted) {
            throw ToolError(Messages.unknownScope(wanted, revision.allScopeIDs))
        }
        let loaded = try ExportCommand.scope(wanted, agency: agency, revision, whenSeveral: Messages.importWhichScope)
        guard let manifest = loaded.manifest, let framework = loaded.framework?.framework else {
            throw ToolError(Messages.exportUnscorable(loaded.id))
        }
        let base = try exportedFrom(workbook, repository: repository, reader: reader, scope: loaded.id)
        let planner = AssessmentImport(
            scope: loaded, base: base, manifest: manifest, framework: framework,
            schema: try BlobCache().schemas(SnapshotTree(snapshot)).validator(.assessment),
            agency: agency, assessor: assessor, evidenceFile: { Self.evidenceFile($0, root: root, context) })
        let outcome = planner.run(workbook)
        for note in outcome.notes { context.stderr.line(Messages.noteLine(note, language)) }
        guard outcome.problems.isEmpty else {
            // A sheet of a hundred thousand wrong rows says so in a screenful.
            for problem in outcome.problems.prefix(Self.problemsShown) {
                context.stderr.line(Messages.errorLine(Messages.importProblem(problem), language))
            }
            if outcome.problems.count > Self.problemsShown {
                context.stderr.line(
                    Messages.importMoreProblems(outcome.problems.count - Self.problemsShown).text(language))
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
        // Every file is checked before any is written, so a write fails for all or for none.
        let unwritable = outcome.changes.map(\.path).filter { !PlainPaths.isWritable($0, root: root) }
        guard unwritable.isEmpty else {
            for path in unwritable {
                context.stderr.line(Messages.errorLine(Messages.importNotARegularFile(path), language))
            }
            context.stderr.line(Messages.importRefused(unwritable.count, file).text(language))
            return .findings
        }
        // The files are linted as they would be written, before anything is: an error refuses the import.
        let written = Dictionary(uniqueKeysWithValues: outcome.changes.map { ($0.path, $0.bytes) })
        let tree = SnapshotTree(snapshot)
        let paths = Set(written.keys)
        let before = Set(try lint(tree, paths, reader, context).map(Self.key))
        let new = try lint(OverlayTree(tree, replacing: written), paths, reader, context).filter {
            !before.contains(Self.key($0))
        }
        if !new.isEmpty {
            var report = LintReport(
                findings: new, files: paths.sorted(), commit: nil, repositoryURL: nil, frameworks: [],
                language: language)
            report.color = context.useColor
            context.stderr.write(report.render(.text))
        }
        if new.contains(where: { $0.severity == .error }) {
            context.stderr.line(Messages.importRefusedByLint(file).text(language))
            return .findings
        }
        if dryRun {
            context.stdout.line(Messages.importWritten(outcome.changes.count, dryRun: true).text(language))
            return .success
        }
        try context.writeWorkingTree(
            Dictionary(outcome.changes.map { ($0.path, $0.bytes) }) { $1 }, root: root)
        context.stdout.line(Messages.importWritten(outcome.changes.count, dryRun: false).text(language))
        // An agency's rows reach only its own file through a workbook, but a csv can name any indicator: say now
        // what CI's lint --base would refuse. (The assessors' clerk writes assessor levels, judged otherwise.)
        if !assessor {
            let agencies = Set(outcome.changes.compactMap { AssessmentPath($0.path).agency }).sorted()
            IdentityCheck.warn(unlessMayChange: agencies, in: loaded.manifest, repository: repository, context)
        }
        return .success
    }

    /// The scope as the workbook was exported: the revision its instructions name, when that is a commit here.
    private func exportedFrom(_ workbook: Workbook, repository: Repository, reader: RevisionReader, scope: String)
        throws -> LoadedScope?
    {
        guard let revision = AssessmentImport.declared(workbook)["revision"]?.value,
            revision.count == 40, revision.allSatisfy(\.isHexDigit),
            let commit = try? repository.resolveRevision(revision)
        else { return nil }
        return try reader.load(commit, scopes: [scope]).scopes.first { $0.id == scope }
    }

    /// A path inside the repository, as the repository spells it: relative with `/`, from a relative path, a
    /// Windows path (`evidence\bappeda\sk.pdf`) or an absolute path inside the working tree; and the file's sha256
    /// when it is there.
    static func evidenceFile(_ typed: String, root: String, _ context: Context) -> AssessmentImport.EvidenceFile {
        var path = typed.replacingOccurrences(of: "\\", with: "/")
        if path.hasPrefix(root + "/") { path = String(path.dropFirst(root.count + 1)) }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !path.contains(":"), !path.contains("\u{0}"),
            parts.allSatisfy({ !$0.isEmpty && $0 != ".." && $0 != "." }), parts.first?.lowercased() != ".git"
        else { return .outside }
        switch PlainPaths.kind(root + "/" + path) {
        case .missing: return .missing(path: path)
        case .directory, .other: return .outside
        case .regular: break
        }
        // A symlink (committed, or in the working tree) may point anywhere: only a file inside is read.
        guard PlainPaths.isReadableInside(path, root: root), let bytes = context.files.contents(root + "/" + path)
        else { return .outside }
        return .present(path: path, sha256: EvidenceHash.of(bytes))
    }

    /// What lint says about `paths` in `tree`.
    private func lint(_ tree: FileTree, _ paths: Set<String>, _ reader: RevisionReader, _ context: Context) throws
        -> [Finding]
    {
        let revision = try reader.load(tree: tree)
        var lintContext = LintContext(revision: revision, tree: tree, base: nil, commits: [], strict: false, today: nil)
        lintContext.clock = context.today
        return Linter.run(lintContext, overrides: [:], threads: 1).map { $0.renderingHint(Messages.hint) }
            .filter { paths.contains($0.path) }
    }

    /// A finding apart from where it is: the import is refused only for what it brings.
    private static func key(_ finding: Finding) -> String { "\(finding.rule)\u{0}\(finding.message.en)" }
}

import Foundation
import GitStore
import SPBECore

/// `spbe status`: review progress of the current cycle per agency, so the coordinator knows whom to chase.
struct StatusCommand: Command {
    static let name = "status"
    static let summary = Localized(
        en: "show each agency's review progress this cycle: assessed, reviewed, follow-ups, lint problems",
        indonesian:
            "tampilkan kemajuan reviu tiap perangkat daerah siklus ini: dinilai, direviu, tindak lanjut, masalah lint")

    static let format = Option<Format>.format(StatusReport.formats)
    static let today = CommonOptions.today(
        help: Localized(
            en: "the date follow-ups are overdue against (default: today)",
            indonesian: "tanggal acuan tindak lanjut terlambat (bawaan: hari ini)"))
    static let options: [any OptionDeclaration] = SourceOptions.options() + [today, CommonOptions.agency, format]

    let source: SourceOptions
    let today: String?
    let format: Format
    let agency: String?

    init(_ arguments: ParsedArguments) throws {
        source = try SourceOptions(arguments)
        today = try arguments[Self.today]
        format = try arguments[Self.format] ?? .text
        agency = try arguments[CommonOptions.agency]
    }

    func run(_ context: Context) throws -> ExitCode {
        // Files from the revision or the working tree; who changed what from the history up to the revision.
        let (repository, snapshot) = try source.open(context)
        let head = try snapshot.commit ?? repository.resolveRevision("HEAD")
        let tree = SnapshotTree(snapshot)
        let loaded = try RevisionReader(repository: repository, context: context, detail: .documents).load(
            snapshot, scopes: source.scopes)
        try CommonOptions.requireScopes(loaded, wanted: source.scopes)
        let shown = try CommonOptions.narrowed(to: agency, loaded)
        // The working tree is past HEAD: a cycle tag on HEAD itself is the previous cycle once the working tree has
        // moved on to another cycle (`cycle open`), not while it is still the cycle that tag closed.
        let cycles = Set(loaded.scopes.compactMap { $0.manifest.map { Repository.cycleTagPrefix + $0.cycle.id } })
        let previousCycle = try previousCycleTag(repository, head: head) { tag in
            snapshot.commit == nil && !cycles.contains(tag.name)
        }
        // One date for the follow-up findings and the overdue column: --today, else today (a past cycle's
        // follow-ups that are late now are what the coordinator chases).
        let day = today ?? context.today
        let findings = Dictionary(
            grouping: Linter.run(LintContext(revision: loaded, tree: tree, today: day)), by: \.path)
        // Two walks of the whole assessments/ history serve every scope: the last commit per file, and who
        // changed each file since the previous cycle.
        let allPaths = Set(
            loaded.scopes.flatMap { scope in
                scope.manifest?.agencies.map { AssessmentPath.agencyFile(of: $0.id, in: scope.id) } ?? []
            })
        let lastCommits = try repository.lastCommits(touching: allPaths, under: AssessmentPath.folder, from: head)
        var authorsSinceCycle: [String: Set<String>] = [:]
        for commit in try repository.commits(from: previousCycle?.commit, to: head, touching: AssessmentPath.folder) {
            for change in try repository.changes(
                from: commit.parents.first, to: commit.id, under: AssessmentPath.folder)
            {
                authorsSinceCycle[change.path, default: []].insert(commit.author.email.emailKey)
            }
        }
        var reports: [StatusReport.Scope] = []
        for scope in shown.scopes {
            guard let manifest = scope.manifest else { continue }
            let progress = ReviewProgress.of(scope, authorsSince: authorsSinceCycle, findings: findings, today: day)
            reports.append(
                StatusReport.Scope(
                    id: scope.id, name: manifest.name, cycle: manifest.cycle.id, previousCycle: previousCycle?.name,
                    agencies: progress.filter { agency == nil || $0.agency == agency }
                        .sorted(by: ReviewProgress.chaseFirst).map { progress in
                            StatusReport.Agency(
                                progress: progress,
                                lastCommit: lastCommits[AssessmentPath.agencyFile(of: progress.agency, in: scope.id)],
                                queue: agency == nil
                                    ? nil
                                    : scope.assessments.first { $0.agency == progress.agency }.map {
                                        RequirementQueue($0, checklist: scope.framework?.checklist ?? .empty)
                                    },
                                nextDeadline: manifest.cycle.nextDeadline(after: day))
                        }))
        }
        let report = StatusReport(
            scopes: reports, commit: head.hex, frameworks: shown.scopes.compactMap { $0.framework?.framework.id },
            language: context.language)
        context.write(report, as: format)
        return .success
    }

    /// The newest cycle tag before `head` in its history (or on it, when `including`).
    private func previousCycleTag(_ repository: Repository, head: ObjectID, includingHead: (Tag) -> Bool) throws
        -> Tag?
    {
        try repository.tags(prefix: Repository.cycleTagPrefix).reversed().first { tag in
            try tag.commit == head ? includingHead(tag) : repository.isAncestor(tag.commit, of: head)
        }
    }
}

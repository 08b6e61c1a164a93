import Foundation
import GitStore
import SPBECore

/// `spbe lint`: schema and SPBE rules on a revision; with `--base`, also change-aware rules and ownership.
struct LintCommand: Command {
    static let name = "lint"
    static let summary = Localized(
        en: "check the assessment files: schema, SPBE rules and, with --base, who changed what",
        indonesian: "periksa berkas penilaian: skema, aturan SPBE dan, dengan --base, siapa mengubah apa")

    static let format = Option<Format>.format(LintReport.formats)
    static let base = Option<String>(
        "base", value: "REV",
        help: Localized(
            en:
                "also check the change from REV (e.g. the merge request's target branch): level jumps, deletions, ownership; with --worktree the default is the upstream branch, else HEAD",
            indonesian:
                "periksa juga perubahan sejak REV (mis. branch tujuan merge request): lonjakan tingkat, penghapusan, kepemilikan; dengan --worktree bawaannya branch upstream, atau HEAD"
        ))
    static let strict = Flag(
        "strict", help: Localized(en: "treat warnings as errors", indonesian: "anggap peringatan sebagai galat"))
    static let today = CommonOptions.today(
        help: Localized(
            en: "the date overdue follow-ups are judged against (default: today, but no later than the cycle's end)",
            indonesian: "tanggal acuan tindak lanjut terlambat (bawaan: hari ini, paling lambat akhir siklus)"))
    static let severity = Option<(String, Severity)>(
        "severity", value: "RULE=LEVEL",
        help: Localized(
            en: "set a rule's severity: error, warning or note (repeatable)",
            indonesian: "atur keparahan aturan: 'error', 'warning' atau 'note' (boleh diulang)")
    ) { setting in
        let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let severity = Severity(rawValue: parts[1]) else {
            throw UsageError(Messages.badChoice("--severity", setting, ["RULE=error", "RULE=warning", "RULE=note"]))
        }
        return (try knownRule(parts[0]), severity)
    }
    static let disable = Option<String>(
        "disable", value: "RULE",
        help: Localized(
            en: "switch a rule off (repeatable)", indonesian: "matikan aturan (boleh diulang)"),
        completion: .choices(LintRules.all.map { $0.id }), convert: knownRule)
    static let listRules = Flag(
        "list-rules", help: Localized(en: "list the rules and exit", indonesian: "tampilkan daftar aturan lalu keluar"))
    static let options: [any OptionDeclaration] =
        SourceOptions.options() + [format, base, strict, today, severity, disable, CommonOptions.agency, listRules]
    static let positionals = Arity.atLeast(0, "PATH")

    let source: SourceOptions
    let format: Format
    let base: String?
    let strict: Bool
    let today: String?
    let overrides: [String: Severity?]
    let listRules: Bool
    let paths: [String]
    let agency: String?

    init(_ arguments: ParsedArguments) throws {
        source = try SourceOptions(arguments)
        format = try arguments[Self.format] ?? .text
        base = try arguments[Self.base]
        strict = arguments[Self.strict]
        listRules = arguments[Self.listRules]
        paths = arguments.positionals.map(Self.clean)
        agency = try arguments[CommonOptions.agency]
        today = try arguments[Self.today]
        var overrides: [String: Severity?] = [:]
        for (rule, severity) in try arguments.all(Self.severity) { overrides[rule] = severity }
        for rule in try arguments.all(Self.disable) { overrides[rule] = .some(nil) }
        self.overrides = overrides
    }

    private static func knownRule(_ id: String) throws -> String {
        guard LintRules.rule(id) != nil else { throw UsageError(Messages.unknownRule(id)) }
        return id
    }

    private static func clean(_ path: String) -> String {
        var text = path
        while text.hasPrefix("./") { text.removeFirst(2) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// Paths as the user means them: relative to the current folder inside the working tree (as `fmt` reads
    /// them), else to the repository's root; a scope id stands for its folder. One that matches nothing is a
    /// usage error, so a misspelt file never passes as clean.
    private func resolve(
        _ paths: [String], repository: Repository, snapshot: Snapshot, revision: LoadedRevision, _ context: Context
    ) throws -> [String] {
        try paths.map { path in
            var relative = path
            if let root = repository.workingDirectory.map({ $0.hasSuffix("/") ? String($0.dropLast()) : $0 }) {
                let absolute = SourceOptions.absolute(path, in: context.currentDirectory)
                if absolute.hasPrefix(root + "/") { relative = Self.clean(String(absolute.dropFirst(root.count + 1))) }
            }
            if try snapshot.entry(at: relative) != nil || !(try snapshot.entries(under: relative)).isEmpty {
                return relative
            }
            if revision.allScopeIDs.contains(path) { return path }
            throw UsageError(Messages.pathMatchesNothing(path))
        }
    }

    func run(_ context: Context) throws -> ExitCode {
        if listRules {
            context.stdout.write(
                format == .json
                    ? RuleCatalogue.json(context.language).rendered : RuleCatalogue.text(context.language))
            return .success
        }
        let (repository, snapshot) = try source.open(context)
        // Before committing, the change-aware rules see the edit against the upstream branch, else HEAD.
        let base = self.base ?? (source.worktree && !repository.isEmpty ? repository.upstreamOfHead() ?? "HEAD" : nil)
        // What guards the index must not be fooled by a doctored object: re-hash every object it reads.
        if base != nil { try Repository.verifyObjectHashes(true) }
        defer { if base != nil { try? Repository.verifyObjectHashes(false) } }
        let reader = RevisionReader(repository: repository, context: context, detail: .documents)
        let tree = SnapshotTree(snapshot)
        let revision = try reader.load(snapshot, scopes: source.scopes)
        try CommonOptions.requireScopes(revision, wanted: source.scopes)
        var baseRevision: LoadedRevision?
        var changes: ChangeFacts?
        if let base {
            let baseCommit = try repository.resolveTrustedRevision(base)
            let baseSnapshot = CommitSnapshot(repository: repository, commit: baseCommit)
            baseRevision = try reader.load(baseSnapshot, scopes: source.scopes)
            let head = try snapshot.commit ?? repository.resolveRevision("HEAD")
            let verifier = try SignatureVerifier(
                manifests: baseRevision?.scopes.compactMap(\.manifest) ?? [], environment: context.environment)
            // Before committing, the uncommitted change is judged as the commit git would make of it.
            let uncommitted = (snapshot as? WorktreeSnapshot).map {
                (worktree: $0, author: repository.authorIdentity(environment: context.environment))
            }
            if let uncommitted, uncommitted.author.email == nil {
                context.stderr.line(Messages.noGitIdentity.text(context.language))
            }
            changes = try ChangeFactsReader(repository: repository).read(
                base: baseCommit, head: head, verifier: verifier, uncommitted: uncommitted)
        }
        var lintContext = LintContext(
            revision: revision, tree: tree, base: baseRevision, commits: changes?.judged ?? [], strict: strict,
            today: today)
        lintContext.addedPaths = changes?.added ?? []
        lintContext.ambiguousPaths = changes?.ambiguousPaths ?? []
        if let worktree = snapshot as? WorktreeSnapshot {
            let cited = revision.scopes.flatMap(\.assessments).flatMap(\.indicators).flatMap(\.evidence).compactMap(
                \.path)
            lintContext.untrackedPaths = Set(
                cited.filter { !worktree.isTracked($0) && (try? snapshot.entry(at: $0)) != nil })
        }
        lintContext.clock = context.today
        var findings = Linter.run(lintContext, overrides: overrides, threads: reader.threads).map {
            $0.renderingHint(Messages.hint)
        }
        try CommonOptions.requireAgency(agency, revision)
        var paths = try resolve(self.paths, repository: repository, snapshot: snapshot, revision: revision, context)
        // An agency's view: its own file in each scope and its evidence folder.
        if let agency {
            paths += revision.scopes.map { AssessmentPath.agencyFile(of: agency, in: $0.id) }
            paths.append("\(AssessmentPath.evidenceFolder)/\(agency)")
        }
        if !paths.isEmpty {
            findings = findings.filter { finding in
                paths.contains {
                    finding.path == $0 || finding.path.hasPrefix($0 + "/")
                        || finding.path.hasPrefix(AssessmentPath.scopeFolder($0) + "/")
                }
            }
        }
        let files = revision.scopes.flatMap { [$0.manifestFile] + $0.agencyFiles }.map(\.path)
        var report = LintReport(
            findings: findings, files: files, commit: snapshot.commit?.hex,
            repositoryURL: repository.remoteURL("origin") ?? repository.workingDirectory.map { "file://" + $0 },
            frameworks: revision.scopes.compactMap { $0.framework?.framework.id }, language: context.language)
        report.color = context.useColor
        context.write(report, as: format)
        return findings.contains { $0.severity == .error } ? .findings : .success
    }
}

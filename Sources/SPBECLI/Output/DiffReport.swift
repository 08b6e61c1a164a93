import SPBECore

/// The output of `spbe diff` in each format.
struct DiffReport {
    let diffs: [ScopeDiff]
    let oldName: String
    let newName: String
    let oldCommit: String
    /// nil for the working tree.
    let newCommit: String?
    let stage: Stage
    let language: Language

    func t(_ text: Localized) -> String { text.text(language) }

    /// A signed exact change: `+0.435`, `-0.02`, `0`; rounded to six places (with `≈`) when it does not end.
    static func signed(_ value: Rational) -> String {
        let sign = value.numerator > 0 ? "+" : ""
        return (value.exactDecimal == nil ? "≈" : "") + sign + ScoreReport.points(value)
    }

    private func index(_ score: ScopeScore?) -> String { score?.display ?? "-" }

    func text() -> String {
        var out = ""
        for diff in diffs {
            out += "\(diff.name) (\(diff.id))\n"
            out +=
                "\(oldName) → \(newName)  \(index(diff.old)) → \(index(diff.new))  (\(t(Messages.exactLabel)) \(Self.signed(diff.change)))"
            out += "  \(diff.old?.predikat.name ?? "-") → \(diff.new?.predikat.name ?? "-")\n"
            if diff.old == nil { out += t(Messages.scopeAdded) + "\n" }
            if diff.new == nil { out += t(Messages.scopeRemoved) + "\n" }
            out +=
                (diff.frameworkChanged
                    ? t(Messages.frameworkSplit(Self.signed(diff.dataChange), Self.signed(diff.frameworkChange)))
                    : t(Messages.frameworkUnchanged)) + "\n\n"
            if let old = diff.old, let new = diff.new { out += parts(old, new) + "\n" }
            if diff.levelChanges.isEmpty {
                out += t(Messages.noLevelChanges) + "\n"
            } else {
                var table = TextTable(
                    [
                        t(Messages.indicatorHeader), t(Messages.agencyHeader), t(Messages.levelHeader),
                        t(Messages.contributionHeader),
                    ], rightAligned: [false, false, false, true])
                for change in diff.levelChanges {
                    table.rows.append([
                        change.indicator.id, change.agency ?? "-", "\(change.old) → \(change.new)",
                        Self.signed(change.contribution),
                    ])
                }
                out += table.rendered
            }
            if !diff.agencies.isEmpty {
                out += "\n"
                var table = TextTable(
                    [
                        t(Messages.agencyHeader), t(Messages.contributionHeader), t(Messages.levelsHeader),
                        t(Messages.evidenceHeader), t(Messages.explanationsHeader), t(Messages.followUpsHeader),
                        t(Messages.fileHeader),
                    ],
                    rightAligned: [false, true, true, true, true, true, false])
                for agency in diff.agencies {
                    table.rows.append([
                        agency.agency, Self.signed(agency.contribution), String(agency.levelChanges),
                        "+\(agency.evidenceAdded)/-\(agency.evidenceRemoved)/~\(agency.evidenceChanged)",
                        String(agency.explanationsChanged),
                        "\(agency.followUpsOpened)/\(agency.followUpsClosed)",
                        agency.fileAdded ? "+" : agency.fileRemoved ? "-" : "",
                    ])
                }
                out += table.rendered
            }
            if !diff.agenciesAdded.isEmpty {
                out += "\(t(Messages.agenciesAdded)): \(diff.agenciesAdded.joined(separator: ", "))\n"
            }
            if !diff.agenciesRemoved.isEmpty {
                out += "\(t(Messages.agenciesRemoved)): \(diff.agenciesRemoved.joined(separator: ", "))\n"
            }
            if !diff.moves.isEmpty {
                out +=
                    "\(t(Messages.movedLabel)): "
                    + diff.moves.map { "\($0.indicator) \($0.from ?? "-") → \($0.to ?? "-")" }.joined(separator: ", ")
                    + "\n"
            }
            out += "\n"
        }
        return out
    }

    /// Domain and aspect indices on both sides.
    private func parts(_ old: ScopeScore, _ new: ScopeScore) -> String {
        var table = TextTable(
            [t(Messages.domainHeader), oldName, newName, t(Messages.changeHeader)],
            rightAligned: [false, true, true, true])
        let decimals = new.framework.decimals
        func row(_ label: String, _ before: Rational?, _ after: Rational?) {
            let delta = (after ?? .zero) - (before ?? .zero)
            table.rows.append([
                label, before?.rounded(decimals) ?? "-", after?.rounded(decimals) ?? "-", Self.signed(delta),
            ])
        }
        for domain in new.framework.domains {
            row(
                "\(domain.id)  \(domain.name)", old.domains.first { $0.id == domain.id }?.index,
                new.domains.first { $0.id == domain.id }?.index)
            for aspect in domain.aspects {
                row(
                    "    \(aspect.id)  \(aspect.name)", old.aspects.first { $0.id == aspect.id }?.index,
                    new.aspects.first { $0.id == aspect.id }?.index)
            }
        }
        return table.rendered
    }

    func json() -> OutputJSON {
        JSONEnvelope.object([
            ("old", .object([("revision", .string(oldName)), ("commit", .string(oldCommit))])),
            ("new", .object([("revision", .string(newName)), ("commit", .optional(newCommit))])),
            ("stage", .string(stage.rawValue)),
            (
                "scopes",
                .array(
                    diffs.map { diff in
                        let decimals = (diff.new ?? diff.old)?.framework.decimals ?? 2
                        return .object([
                            ("id", .string(diff.id)),
                            ("name", .string(diff.name)),
                            (
                                "old",
                                diff.old.map {
                                    .object([
                                        ("index", $0.index.json(decimals: decimals)),
                                        ("predikat", .string($0.predikat.name)),
                                    ])
                                } ?? .null
                            ),
                            (
                                "new",
                                diff.new.map {
                                    .object([
                                        ("index", $0.index.json(decimals: decimals)),
                                        ("predikat", .string($0.predikat.name)),
                                    ])
                                } ?? .null
                            ),
                            ("change", diff.change.json(decimals: decimals)),
                            ("dataChange", diff.dataChange.json(decimals: decimals)),
                            ("frameworkChanged", .bool(diff.frameworkChanged)),
                            ("frameworkChange", diff.frameworkChange.json(decimals: decimals)),
                            (
                                "domains",
                                .array(partChanges(diff.old?.domains ?? [], diff.new?.domains ?? [], decimals))
                            ),
                            (
                                "aspects",
                                .array(partChanges(diff.old?.aspects ?? [], diff.new?.aspects ?? [], decimals))
                            ),
                            (
                                "indicators",
                                .array(
                                    diff.levelChanges.map { change in
                                        .object([
                                            ("id", .string(change.indicator.id)), ("agency", .optional(change.agency)),
                                            ("old", .int(change.old)), ("new", .int(change.new)),
                                            ("contribution", change.contribution.json(decimals: 6)),
                                        ])
                                    })
                            ),
                            (
                                "agencies",
                                .array(
                                    diff.agencies.map { agency in
                                        .object([
                                            ("id", .string(agency.agency)),
                                            ("contribution", agency.contribution.json(decimals: 6)),
                                            ("levelChanges", .int(agency.levelChanges)),
                                            ("evidenceAdded", .int(agency.evidenceAdded)),
                                            ("evidenceRemoved", .int(agency.evidenceRemoved)),
                                            ("evidenceChanged", .int(agency.evidenceChanged)),
                                            ("explanationsChanged", .int(agency.explanationsChanged)),
                                            ("followUpsOpened", .int(agency.followUpsOpened)),
                                            ("followUpsClosed", .int(agency.followUpsClosed)),
                                            ("fileAdded", .bool(agency.fileAdded)),
                                            ("fileRemoved", .bool(agency.fileRemoved)),
                                        ])
                                    })
                            ),
                            ("agenciesAdded", .array(diff.agenciesAdded.map(OutputJSON.string))),
                            ("agenciesRemoved", .array(diff.agenciesRemoved.map(OutputJSON.string))),
                            (
                                "moves",
                                .array(
                                    diff.moves.map {
                                        .object([
                                            ("indicator", .string($0.indicator)), ("from", .optional($0.from)),
                                            ("to", .optional($0.to)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }

    private func partChanges(_ old: [ScopeScore.Part], _ new: [ScopeScore.Part], _ decimals: Int) -> [OutputJSON] {
        var ids = old.map(\.id)
        for part in new where !ids.contains(part.id) { ids.append(part.id) }
        return ids.map { id in
            let before = old.first { $0.id == id }?.index
            let after = new.first { $0.id == id }?.index
            return .object([
                ("id", .string(id)), ("old", before.map { $0.json(decimals: decimals) } ?? .null),
                ("new", after.map { $0.json(decimals: decimals) } ?? .null),
                ("change", ((after ?? .zero) - (before ?? .zero)).json(decimals: decimals)),
            ])
        }
    }

    func markdown() -> String {
        var out = "## \(t(Messages.indexLabel)): \(oldName) → \(newName)\n\n"
        out +=
            "| \(t(Messages.scopeHeader)) | \(oldName) | \(newName) | \(t(Messages.changeHeader)) | \(t(Messages.predikatHeader)) |\n|---|--:|--:|--:|---|\n"
        for diff in diffs {
            out +=
                "| \(diff.name) (`\(diff.id)`) | \(index(diff.old)) | \(index(diff.new)) | \(Self.signed(diff.change)) | \(diff.old?.predikat.name ?? "-") → \(diff.new?.predikat.name ?? "-") |\n"
        }
        for diff in diffs where !diff.levelChanges.isEmpty {
            out += "\n### \(diff.name)\n\n"
            if diff.frameworkChanged {
                out +=
                    "> \(t(Messages.frameworkSplit(Self.signed(diff.dataChange), Self.signed(diff.frameworkChange))))\n\n"
            }
            out +=
                "| \(t(Messages.indicatorHeader)) | \(t(Messages.agencyHeader)) | \(t(Messages.levelHeader)) | \(t(Messages.contributionHeader)) |\n|---|---|---|--:|\n"
            for change in diff.levelChanges {
                out +=
                    "| \(change.indicator.id) \(change.indicator.name) | \(change.agency ?? "-") | \(change.old) → \(change.new) | \(Self.signed(change.contribution)) |\n"
            }
            out +=
                "\n| \(t(Messages.agencyHeader)) | \(t(Messages.contributionHeader)) | \(t(Messages.evidenceHeader)) | \(t(Messages.followUpsHeader)) |\n|---|--:|--:|--:|\n"
            for agency in diff.agencies {
                out +=
                    "| \(agency.agency) | \(Self.signed(agency.contribution)) | +\(agency.evidenceAdded)/-\(agency.evidenceRemoved)/~\(agency.evidenceChanged) | \(agency.followUpsOpened)/\(agency.followUpsClosed) |\n"
            }
        }
        return out
    }
}

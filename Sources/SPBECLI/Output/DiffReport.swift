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

    private func index(_ score: ScopeScore?) -> String { score?.display ?? "-" }

    /// The two sides' index and predikat, each with its framework when they differ.
    private func headline(_ diff: ScopeDiff) -> String {
        guard let change = diff.frameworkSwitch else {
            return
                "\(oldName) → \(newName)  \(index(diff.old)) → \(index(diff.new))  (\(t(Messages.exactLabel)) \(Figures.signed(diff.change)))"
                + "  \(diff.old.map { t(Messages.predikatCell($0)) } ?? "-") → \(diff.new.map { t(Messages.predikatCell($0)) } ?? "-")"
        }
        return
            "\(oldName) → \(newName)  \(index(diff.old)) \(diff.old.map { t(Messages.predikatCell($0)) } ?? "-") (\(change.from.id))"
            + " → \(index(diff.new)) \(diff.new.map { t(Messages.predikatCell($0)) } ?? "-") (\(change.to.id))"
    }

    /// Per agency, the indicators it held under the old framework and those it holds under the new one.
    private func switchTable(_ change: ScopeDiff.FrameworkSwitch) -> String {
        var agencies: [String] = []
        for held in change.removed + change.added {
            let agency = held.agency ?? "-"
            if !agencies.contains(agency) { agencies.append(agency) }
        }
        /// The agency's indicators with their values, cut to a column with the count (JSON and csv keep them all).
        func list(_ held: [ScopeDiff.HeldIndicator], _ agency: String) -> String {
            let items = held.filter { ($0.agency ?? "-") == agency }.map { "\($0.indicator.id) \($0.level)" }
            let text = items.joined(separator: ", ")
            guard text.count > 60 else { return text }
            return String(text.prefix(56)) + "… (\(items.count))"
        }
        var table = Table(
            [
                t(Messages.agencyHeader), t(Messages.endedHeader(change.from.id)),
                t(Messages.beganHeader(change.to.id)),
            ], rightAligned: [false, false, false])
        for agency in agencies {
            table.rows.append([agency, list(change.removed, agency), list(change.added, agency)])
        }
        return table.text
    }

    func text() -> String {
        var out = ""
        for diff in diffs {
            out += "\(diff.name) (\(diff.id))\n"
            out += headline(diff) + "\n"
            if diff.old == nil { out += t(Messages.scopeAdded) + "\n" }
            if diff.new == nil { out += t(Messages.scopeRemoved) + "\n" }
            out += frameworkLine(diff) + "\n\n"
            if let change = diff.frameworkSwitch {
                out += switchTable(change)
            } else if let old = diff.old, let new = diff.new {
                out += parts(old, new) + "\n"
            }
            if diff.frameworkSwitch == nil && diff.levelChanges.isEmpty {
                out += t(Messages.noLevelChanges) + "\n"
            } else if !diff.levelChanges.isEmpty {
                var table = Table(
                    [
                        t(Messages.indicatorHeader), t(Messages.nameHeader), t(Messages.agencyHeader),
                        t(Messages.levelHeader), t(Messages.contributionHeader),
                    ], rightAligned: [false, false, false, false, true])
                for change in diff.levelChanges {
                    table.rows.append([
                        change.indicator.id, Figures.shortName(change.indicator.name), change.agency ?? "-",
                        "\(change.old) → \(change.new)",
                        Figures.signed(change.contribution),
                    ])
                }
                out += table.text
            }
            if !diff.agencies.isEmpty && diff.frameworkSwitch == nil {
                out += "\n"
                var table = Table(
                    [
                        t(Messages.agencyHeader), t(Messages.contributionHeader), t(Messages.levelsHeader),
                        t(Messages.evidenceHeader), t(Messages.explanationsHeader), t(Messages.followUpsHeader),
                        t(Messages.fileHeader),
                    ],
                    rightAligned: [false, true, true, true, true, true, false])
                for agency in diff.agencies {
                    table.rows.append([
                        agency.agency, Figures.signed(agency.contribution), String(agency.levelChanges),
                        "+\(agency.evidenceAdded)/-\(agency.evidenceRemoved)/~\(agency.evidenceChanged)",
                        String(agency.explanationsChanged),
                        "\(agency.followUpsOpened)/\(agency.followUpsClosed)",
                        agency.fileAdded ? "+" : agency.fileRemoved ? "-" : "",
                    ])
                }
                out += table.text
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

    private func frameworkLine(_ diff: ScopeDiff) -> String {
        if let change = diff.frameworkSwitch { return t(Messages.frameworkSwitched(change.from.id, change.to.id)) }
        if diff.frameworkChanged {
            return t(Messages.frameworkSplit(Figures.signed(diff.dataChange), Figures.signed(diff.frameworkChange)))
        }
        return t(Messages.frameworkUnchanged)
    }

    /// Each group's index on both sides (one framework).
    private func parts(_ old: ScopeScore, _ new: ScopeScore) -> String {
        var table = Table(
            [Figures.groupHeader(new.framework, language), oldName, newName, t(Messages.changeHeader)],
            rightAligned: [false, true, true, true])
        let decimals = new.framework.decimals
        func row(_ label: String, _ before: Rational?, _ after: Rational?) {
            let delta = (after ?? .zero) - (before ?? .zero)
            table.rows.append([
                label, before?.rounded(decimals) ?? "-", after?.rounded(decimals) ?? "-", Figures.signed(delta),
            ])
        }
        for part in new.groups {
            let indent = String(repeating: "    ", count: part.depth)
            row("\(indent)\(part.id)  \(part.name)", old.group(part.id)?.index, part.index)
        }
        return table.text
    }

    func json() -> OutputJSON {
        JSONEnvelope.object(
            frameworks: diffs.flatMap { [$0.old, $0.new].compactMap { $0?.framework.id } },
            [
                ("old", .object([("revision", .string(oldName)), ("commit", .string(oldCommit))])),
                ("new", .object([("revision", .string(newName)), ("commit", .optional(newCommit))])),
                ("stage", .string(stage.rawValue)),
                (
                    "scopes",
                    .array(
                        diffs.map { diff in
                            let decimals = (diff.new ?? diff.old)?.framework.decimals ?? 2
                            return scopeJSON(diff, decimals)
                        })
                ),
            ])
    }

    private func side(_ score: ScopeScore?) -> OutputJSON {
        guard let score else { return .null }
        return .object([
            ("framework", .string(score.framework.id)),
            ("index", score.index.json(decimals: score.framework.decimals)),
            ("predikat", .string(score.predikat.name)),
        ])
    }

    private func held(_ list: [ScopeDiff.HeldIndicator]) -> OutputJSON {
        .array(
            list.map {
                .object([
                    ("indicator", .string($0.indicator.id)), ("agency", .optional($0.agency)), ("level", $0.level.json),
                ])
            })
    }

    private func scopeJSON(_ diff: ScopeDiff, _ decimals: Int) -> OutputJSON {
        .object([
            ("id", .string(diff.id)),
            ("name", .string(diff.name)),
            ("old", side(diff.old)),
            ("new", side(diff.new)),
            ("change", diff.change?.changeJSON ?? .null),
            ("dataChange", diff.change == nil ? .null : diff.dataChange.changeJSON),
            ("frameworkChanged", .bool(diff.frameworkChanged)),
            ("frameworkChange", diff.change == nil ? .null : diff.frameworkChange.changeJSON),
            (
                "frameworkSwitch",
                diff.frameworkSwitch.map {
                    .object([
                        ("from", .string($0.from.id)), ("to", .string($0.to.id)),
                        ("removed", held($0.removed)), ("added", held($0.added)),
                    ])
                } ?? .null
            ),
            (
                "groups",
                .array(
                    diff.frameworkSwitch == nil
                        ? groupChanges(diff.old?.groups ?? [], diff.new?.groups ?? [], decimals) : [])
            ),
            (
                "indicators",
                .array(
                    diff.levelChanges.map { change in
                        .object([
                            ("id", .string(change.indicator.id)), ("agency", .optional(change.agency)),
                            ("old", change.old.json), ("new", change.new.json),
                            ("contribution", change.contribution.changeJSON),
                        ])
                    })
            ),
            (
                "agencies",
                .array(
                    diff.agencies.map { agency in
                        .object([
                            ("id", .string(agency.agency)),
                            ("contribution", agency.contribution.changeJSON),
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
    }

    private func groupChanges(_ old: [ScopeScore.GroupScore], _ new: [ScopeScore.GroupScore], _ decimals: Int)
        -> [OutputJSON]
    {
        var ids = old.map(\.id)
        for part in new where !ids.contains(part.id) { ids.append(part.id) }
        return ids.map { id in
            let before = old.first { $0.id == id }?.index
            let after = new.first { $0.id == id }?.index
            return .object([
                ("id", .string(id)), ("old", before.map { $0.json(decimals: decimals) } ?? .null),
                ("new", after.map { $0.json(decimals: decimals) } ?? .null),
                ("change", ((after ?? .zero) - (before ?? .zero)).changeJSON),
            ])
        }
    }

    func markdown() -> String {
        var names: [String] = []
        for diff in diffs {
            for score in [diff.old, diff.new].compactMap({ $0 }) where !names.contains(score.framework.indexName) {
                names.append(score.framework.indexName)
            }
        }
        var out = "## \(names.joined(separator: " → ")): \(oldName) → \(newName)\n\n"
        out +=
            Table(
                [t(Messages.scopeHeader), oldName, newName, t(Messages.changeHeader), t(Messages.predikatHeader)],
                rightAligned: [false, true, true, true, false],
                rows: diffs.map { diff in
                    [
                        "\(diff.name) (`\(diff.id)`)", index(diff.old), index(diff.new), Figures.signed(diff.change),
                        "\(diff.old.map { t(Messages.predikatCell($0)) } ?? "-") → \(diff.new.map { t(Messages.predikatCell($0)) } ?? "-")",
                    ]
                }
            ).markdown
        for diff in diffs {
            guard let change = diff.frameworkSwitch else { continue }
            out += "\n> \(diff.id): \(t(Messages.frameworkSwitched(change.from.id, change.to.id)))\n"
        }
        for diff in diffs where !diff.levelChanges.isEmpty {
            out += "\n### \(diff.name)\n\n"
            if diff.frameworkChanged {
                out +=
                    "> \(t(Messages.frameworkSplit(Figures.signed(diff.dataChange), Figures.signed(diff.frameworkChange))))\n\n"
            }
            out +=
                Table(
                    [
                        t(Messages.indicatorHeader), t(Messages.agencyHeader), t(Messages.levelHeader),
                        t(Messages.contributionHeader),
                    ],
                    rightAligned: [false, false, false, true],
                    rows: diff.levelChanges.map { change in
                        [
                            "\(change.indicator.id) \(change.indicator.name)", change.agency ?? "-",
                            "\(change.old) → \(change.new)", Figures.signed(change.contribution),
                        ]
                    }
                ).markdown
            out +=
                "\n"
                + Table(
                    [
                        t(Messages.agencyHeader), t(Messages.contributionHeader), t(Messages.evidenceHeader),
                        t(Messages.followUpsHeader),
                    ],
                    rightAligned: [false, true, true, true],
                    rows: diff.agencies.map { agency in
                        [
                            agency.agency, Figures.signed(agency.contribution),
                            "+\(agency.evidenceAdded)/-\(agency.evidenceRemoved)/~\(agency.evidenceChanged)",
                            "\(agency.followUpsOpened)/\(agency.followUpsClosed)",
                        ]
                    }
                ).markdown
        }
        return out
    }

    /// One row per indicator whose value changed; across a framework switch, one per indicator that ended or began.
    func csv() -> String {
        var rows: [[String]] = []
        for diff in diffs {
            if let change = diff.frameworkSwitch {
                for held in change.removed {
                    rows.append([
                        diff.id, change.from.id, held.indicator.id, held.agency ?? "", held.level.description, "", "",
                    ])
                }
                for held in change.added {
                    rows.append([
                        diff.id, change.to.id, held.indicator.id, held.agency ?? "", "", held.level.description, "",
                    ])
                }
                continue
            }
            let framework = (diff.new ?? diff.old)?.framework.id ?? ""
            for change in diff.levelChanges {
                rows.append([
                    diff.id, framework, change.indicator.id, change.agency ?? "", change.old.description,
                    change.new.description, change.contribution.description,
                ])
            }
        }
        return Table.csvOf(["scope", "framework", "indicator", "agency", "old", "new", "contribution"], rows)
    }
}

extension DiffReport: TabularReport {}

import GitStore
import SPBECore

/// The output of `spbe status`.
struct StatusReport {
    /// An agency's progress with the last commit that touched its file.
    @dynamicMemberLookup
    struct Agency {
        let progress: ReviewProgress
        let lastCommit: Commit?
        /// With `--agency`: its work against the checklist, and the next stage date it is due before.
        var queue: RequirementQueue? = nil
        var nextDeadline: (name: String, date: String)? = nil

        subscript<Value>(dynamicMember keyPath: KeyPath<ReviewProgress, Value>) -> Value { progress[keyPath: keyPath] }
        var id: String { progress.agency }
    }

    struct Scope {
        let id: String
        let name: String
        let cycle: String
        let previousCycle: String?
        let agencies: [Agency]
    }

    let scopes: [Scope]
    let commit: String
    /// The frameworks of the scopes shown.
    let frameworks: [String]
    let language: Language

    func t(_ text: Localized) -> String { text.text(language) }

    private func last(_ agency: Agency) -> String {
        guard let commit = agency.lastCommit else { return "-" }
        return "\(Dates.day(commit.author.time, offsetMinutes: commit.author.offsetMinutes)) \(commit.author.name)"
    }

    func text() -> String {
        var out = ""
        for scope in scopes {
            out += "\(scope.name) (\(scope.id)) · \(t(Messages.cycleLabel)) \(scope.cycle)"
            out += scope.previousCycle.map { " · \(t(Messages.sinceLabel)) \($0)" } ?? ""
            out += "\n"
            var table = Table(
                [
                    t(Messages.agencyHeader), t(Messages.reviewedHeader), t(Messages.assessedHeader),
                    t(Messages.followUpsOpenHeader),
                    t(Messages.lintHeader), t(Messages.lastChangeHeader),
                ],
                rightAligned: [false, false, true, true, true, false])
            for agency in scope.agencies {
                table.rows.append([
                    agency.id, agency.reviewed ? t(Messages.yes) : t(Messages.no), "\(agency.assessed)/\(agency.owned)",
                    "\(agency.openFollowUps) (\(agency.overdueFollowUps) \(t(Messages.overdueWord)))"
                        + (agency.openRecommendations > 0
                            ? " + \(t(Messages.recommendationCount(agency.openRecommendations)))" : ""),
                    t(Messages.lintCounts(agency.errors, agency.warnings)), last(agency),
                ])
            }
            out += table.text
            for agency in scope.agencies { out += queueText(agency) }
            out += "\n"
        }
        return out
    }

    /// An agency's queue: per indicator what is missing, to revise, rejected and accepted, and the open
    /// recommendations, with the stage date it is due before.
    private func queueText(_ agency: Agency) -> String {
        guard let queue = agency.queue else { return "" }
        var out = "\n\(agency.id)"
        if let next = agency.nextDeadline { out += ": " + t(Messages.dueBeforeDeadline(next.name, next.date)) }
        out += "\n"
        let entries = queue.entries.filter { !$0.isEmpty }
        if entries.isEmpty { return out + "  " + t(Messages.queueEmpty) + "\n" }
        for entry in entries {
            var parts: [String] = []
            func ids(_ list: [Requirement]) -> String { list.map(\.id).joined(separator: " ") }
            if !entry.missing.isEmpty { parts.append("\(t(Messages.queueMissing)) \(ids(entry.missing))") }
            if !entry.revise.isEmpty { parts.append("\(t(Messages.queueRevise)) \(ids(entry.revise))") }
            if !entry.rejected.isEmpty { parts.append("\(t(Messages.queueRejected)) \(ids(entry.rejected))") }
            if !entry.accepted.isEmpty { parts.append("\(t(Messages.queueAccepted)) \(ids(entry.accepted))") }
            for recommendation in entry.recommendations {
                parts.append(
                    "\(t(Messages.queueRecommendation)): \(recommendation.action)"
                        + (recommendation.due.map { " (\($0))" } ?? ""))
            }
            out += "  \(entry.indicator)  " + parts.joined(separator: " · ") + "\n"
        }
        return out
    }

    func json() -> OutputJSON {
        JSONEnvelope.object(
            frameworks: frameworks,
            [
                ("commit", .string(commit)),
                (
                    "scopes",
                    .array(
                        scopes.map { scope in
                            .object([
                                ("id", .string(scope.id)), ("name", .string(scope.name)),
                                ("cycle", .string(scope.cycle)),
                                ("previousCycleTag", .optional(scope.previousCycle)),
                                (
                                    "agencies",
                                    .array(
                                        scope.agencies.map { agency in
                                            .object([
                                                ("id", .string(agency.id)), ("name", .string(agency.name)),
                                                ("owned", .int(agency.owned)),
                                                ("assessed", .int(agency.assessed)), ("hasFile", .bool(agency.hasFile)),
                                                ("reviewed", .bool(agency.reviewed)),
                                                ("openFollowUps", .int(agency.openFollowUps)),
                                                ("openRecommendations", .int(agency.openRecommendations)),
                                                ("queue", agency.queue.map(Self.queueJSON) ?? .null),
                                                ("overdueFollowUps", .int(agency.overdueFollowUps)),
                                                ("lintErrors", .int(agency.errors)),
                                                ("lintWarnings", .int(agency.warnings)),
                                                (
                                                    "lastCommit",
                                                    agency.lastCommit.map { commit in
                                                        .object([
                                                            ("id", .string(commit.id.hex)),
                                                            ("author", .string(commit.author.name)),
                                                            ("email", .string(commit.author.email)),
                                                            (
                                                                "date",
                                                                .string(
                                                                    Dates.day(
                                                                        commit.author.time,
                                                                        offsetMinutes: commit.author.offsetMinutes))
                                                            ),
                                                        ])
                                                    } ?? .null
                                                ),
                                            ])
                                        })
                                ),
                            ])
                        })
                ),
            ])
    }

    func markdown() -> String {
        var out = ""
        for scope in scopes {
            out += "## \(scope.name) · \(t(Messages.cycleLabel)) \(scope.cycle)\n\n"
            out +=
                Table(
                    [
                        t(Messages.agencyHeader), t(Messages.reviewedHeader), t(Messages.assessedHeader),
                        t(Messages.followUpsOpenHeader), t(Messages.lintHeader), t(Messages.lastChangeHeader),
                    ],
                    rightAligned: [false, false, true, true, true, false],
                    rows: scope.agencies.map { agency in
                        [
                            "\(agency.name) (`\(agency.id)`)", agency.reviewed ? "✅" : "❌",
                            "\(agency.assessed)/\(agency.owned)",
                            "\(agency.openFollowUps) (\(agency.overdueFollowUps) \(t(Messages.overdueWord)))",
                            t(Messages.lintCounts(agency.errors, agency.warnings)), last(agency),
                        ]
                    }
                ).markdown
            out += "\n"
        }
        return out
    }

    /// One row per agency of each scope.
    func csv() -> String {
        let header = [
            "scope", "cycle", "agency", "reviewed", "owned", "assessed", "openFollowUps", "overdueFollowUps", "errors",
            "warnings", "lastChange", "lastCommit",
        ]
        let rows = scopes.flatMap { scope in
            scope.agencies.map { agency in
                [
                    scope.id, scope.cycle, agency.id, agency.reviewed ? "true" : "false", String(agency.owned),
                    String(agency.assessed), String(agency.openFollowUps), String(agency.overdueFollowUps),
                    String(agency.errors), String(agency.warnings),
                    agency.lastCommit.map { Dates.day($0.author.time, offsetMinutes: $0.author.offsetMinutes) } ?? "",
                    agency.lastCommit?.id.hex ?? "",
                ]
            }
        }
        return Table.csvOf(header, rows)
    }

    static func queueJSON(_ queue: RequirementQueue) -> OutputJSON {
        .array(
            queue.entries.map { entry in
                func ids(_ list: [Requirement]) -> OutputJSON { .array(list.map { .string($0.id) }) }
                return .object([
                    ("indicator", .string(entry.indicator)), ("missing", ids(entry.missing)),
                    ("revise", ids(entry.revise)),
                    ("rejected", ids(entry.rejected)), ("accepted", ids(entry.accepted)),
                    (
                        "recommendations",
                        .array(
                            entry.recommendations.map {
                                .object([("action", .string($0.action)), ("due", .optional($0.due))])
                            })
                    ),
                ])
            })
    }
}

extension StatusReport: TabularReport {}

import SPBECore

/// The output of `spbe plan`.
struct PlanReport {
    typealias Entry = ScopePlan

    let entries: [Entry]
    let language: Language

    func t(_ text: Localized) -> String { text.text(language) }

    private func goalText(_ entry: Entry) -> String {
        let decimals = entry.score.framework.decimals
        switch entry.goal {
        case .target(let value): return t(Messages.goalTarget(value.exactDecimal ?? value.rounded(decimals)))
        case .band(let name, let value): return t(Messages.goalBand(name, value.exactDecimal ?? value.rounded(6)))
        case .top: return t(Messages.goalTop)
        }
    }

    /// Steps and gain per agency, largest first. A step's gain is what it adds to the exact index (a last step
    /// to the top may be less than a whole level), so the agencies' gains add up to the plan's.
    private func agencies(_ plan: Planner.Plan) -> [(String, Int, Rational)] {
        var totals: [String: (Int, Rational)] = [:]
        var before = plan.start
        for step in plan.steps {
            let key = step.agency ?? "-"
            let current = totals[key] ?? (0, .zero)
            totals[key] = (current.0 + 1, current.1 + (step.indexAfter - before))
            before = step.indexAfter
        }
        return totals.map { ($0.key, $0.value.0, $0.value.1) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
    }

    func text() -> String {
        var out = ""
        for entry in entries {
            let decimals = entry.score.framework.decimals
            out += "\(entry.score.manifest.name) (\(entry.score.manifest.id))\n"
            out +=
                "\(entry.score.framework.indexName) \(entry.score.display) \(t(Messages.predikatCell(entry.score))) (\(t(Messages.exactLabel)) \(entry.score.index.exactDecimal ?? entry.score.index.rounded(6))) · \(goalText(entry))\n"
            guard let plan = entry.plan else { out += "\n"; continue }
            if plan.steps.isEmpty { out += t(Messages.goalReached) + "\n\n"; continue }
            if !plan.reachable { out += t(Messages.goalUnreachable(agency: entry.agency)) + "\n" }
            out += t(Messages.stepCount(plan.steps.count)) + "\n\n"
            var table = Table(
                [
                    "#", t(Messages.indicatorHeader), t(Messages.nameHeader), t(Messages.agencyHeader),
                    t(Messages.levelHeader), t(Messages.indexAfterHeader),
                ], rightAligned: [true, false, false, false, false, true])
            for (number, step) in plan.steps.enumerated() {
                table.rows.append([
                    String(number + 1), step.indicator.id, Figures.shortName(step.indicator.name),
                    step.agency ?? "-", "\(step.from) → \(step.to)",
                    step.indexAfter.exactDecimal ?? step.indexAfter.rounded(decimals + 2),
                ])
                if let work = entry.work[number], !work.isEmpty {
                    table.rows.append(["", "", "  " + t(Messages.stepWork(work)), "", "", ""])
                }
            }
            out += table.text + "\n"
            var summary = Table(
                [t(Messages.agencyHeader), t(Messages.stepsHeader), t(Messages.gainHeader)],
                rightAligned: [false, true, true])
            for (agency, count, gain) in agencies(plan) {
                summary.rows.append([agency, String(count), Figures.signed(gain)])
            }
            out += summary.text + "\n"
        }
        return out
    }

    func json() -> OutputJSON {
        JSONEnvelope.object(
            frameworks: entries.map(\.score.framework.id),
            [
                (
                    "scopes",
                    .array(
                        entries.map { entry in
                            let decimals = entry.score.framework.decimals
                            let goal: OutputJSON
                            switch entry.goal {
                            case .target(let value):
                                goal = .object([("kind", .string("target")), ("index", value.json(decimals: decimals))])
                            case .band(let name, let value):
                                goal = .object([
                                    ("kind", .string("predikat")), ("predikat", .string(name)),
                                    ("index", value.json(decimals: decimals)),
                                ])
                            case .top: goal = .object([("kind", .string("top"))])
                            }
                            return .object([
                                ("id", .string(entry.score.manifest.id)),
                                ("index", entry.score.index.json(decimals: decimals)),
                                ("predikat", .string(entry.score.predikat.name)),
                                ("goal", goal),
                                ("reachable", .bool(entry.plan?.reachable ?? true)),
                                (
                                    "steps",
                                    .array(
                                        (entry.plan?.steps ?? []).map { step in
                                            .object([
                                                ("indicator", .string(step.indicator.id)),
                                                ("agency", .optional(step.agency)),
                                                ("from", step.from.json), ("to", step.to.json),
                                                ("indexAfter", step.indexAfter.json(decimals: decimals)),
                                            ])
                                        })
                                ),
                                (
                                    "agencies",
                                    .array(
                                        entry.plan.map { agencies($0) }?.map {
                                            agency, count, gain in
                                            .object([
                                                ("id", .string(agency)), ("steps", .int(count)),
                                                ("gain", gain.changeJSON),
                                            ])
                                        } ?? [])
                                ),
                            ])
                        })
                )
            ])
    }

    func markdown() -> String {
        var out = ""
        for entry in entries {
            out +=
                "## \(entry.score.manifest.name): \(entry.score.display) \(t(Messages.predikatCell(entry.score))) · \(goalText(entry))\n\n"
            guard let plan = entry.plan, !plan.steps.isEmpty else { out += t(Messages.goalReached) + "\n\n"; continue }
            out +=
                Table(
                    [
                        "#", t(Messages.indicatorHeader), t(Messages.agencyHeader), t(Messages.levelHeader),
                        t(Messages.indexAfterHeader),
                    ],
                    rightAligned: [true, false, false, false, true],
                    rows: plan.steps.enumerated().map { number, step in
                        [
                            String(number + 1), "\(step.indicator.id) \(step.indicator.name)", step.agency ?? "-",
                            "\(step.from) → \(step.to)", step.indexAfter.exactDecimal ?? step.indexAfter.rounded(6),
                        ]
                    }
                ).markdown
            out += "\n"
        }
        return out
    }

    /// One row per step of each scope's plan.
    func csv() -> String {
        let rows = entries.flatMap { entry in
            (entry.plan?.steps ?? []).enumerated().map { number, step in
                [
                    entry.score.manifest.id, String(number + 1), step.indicator.id, step.indicator.name,
                    step.agency ?? "", step.from.description, step.to.description,
                    step.indexAfter.rounded(entry.score.framework.decimals), step.indexAfter.description,
                ]
            }
        }
        return Table.csvOf(["scope", "step", "indicator", "name", "agency", "from", "to", "indexAfter", "exact"], rows)
    }
}

extension PlanReport: TabularReport {}

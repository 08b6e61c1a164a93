import JSONSchema
import SPBECore
import Spreadsheet

/// The workbook `spbe export` writes for one scope: instructions, one sheet per agency with a row per indicator
/// it owns, and the evidence, follow-ups and assessors' results keyed by indicator. Values come from the agency
/// files' JSON as written, so that importing the workbook unedited changes nothing.
struct AssessmentExport {
    let scope: LoadedScope
    let manifest: Manifest
    let framework: Framework
    let agencies: [Manifest.Agency]
    let revision: String
    let language: Language

    func workbook() -> Workbook {
        let owned = agencies.map { agency in
            (agency, framework.indicators.filter { manifest.gives($0.id, to: agency.id) })
        }
        var sheets = [instructions()]
        sheets += owned.map { agency, indicators in indicatorSheet(agency, indicators) }
        let all = owned.flatMap { agency, indicators in indicators.map { (agency.id, $0.id) } }
        sheets.append(rows(.evidence, all) { node in (node["evidence"]?.elements ?? []).map(evidenceRow) })
        sheets.append(rows(.followUps, all) { node in (node["followUp"]?.elements ?? []).map(followUpRow) })
        sheets.append(rows(.assessors, all, validation: level) { node in assessorRows(node["assessor"]) })
        sheets.append(
            rows(.recommendations, all) { node in
                (node["assessor"]?["recommendations"]?.elements ?? []).map(recommendationRow)
            })
        return Workbook(sheets: sheets)
    }

    /// The indicator sheet alone, all agencies' rows in one: what `--format csv` writes.
    func indicatorRows() -> [[Cell]] {
        let sheets = agencies.map { agency in
            indicatorSheet(agency, framework.indicators.filter { manifest.gives($0.id, to: agency.id) })
        }
        return [header(SheetLayout.indicatorFields)] + sheets.flatMap { $0.rows.dropFirst() }
    }

    private var level: Sheet.Validation {
        let values = framework.values
        return values.decimals == 0
            ? .whole(min: values.min.wholePart, max: values.max.wholePart)
            : .decimal(min: values.min.description, max: values.max.description, places: values.decimals)
    }

    private var allowed: String {
        let values = framework.values
        func shown(_ level: Level) -> String { level.rational.rounded(values.decimals) }
        return "\(shown(values.min))–\(shown(values.max))"
    }

    private func header(_ fields: [SheetLayout.Field]) -> [Cell] { fields.map { $0.header(language) } }

    private func columns(_ fields: [SheetLayout.Field], validations: [String: Sheet.Validation]) -> [Sheet.Column] {
        fields.map { field in
            let validation = validations[field.key]
            return Sheet.Column(
                width: field.width, style: field.style, validation: validation,
                validationMessage: validation.map { message($0) })
        }
    }

    private func message(_ validation: Sheet.Validation) -> String {
        switch validation {
        case .list(let values): Messages.exportChooseOne(values).text(language)
        case .whole, .decimal:
            Messages.exportAllowed(
                Messages.allowedValues(allowed, decimals: framework.values.decimals)
            ).text(language)
        }
    }

    private func node(_ agency: String, _ indicator: String) -> JSONNode? {
        let path = AssessmentPath.agencyFile(of: agency, in: scope.id)
        return scope.agencyFiles.first { $0.path == path }?.document?.root["indicators"]?[indicator]
    }

    private func indicatorSheet(_ agency: Manifest.Agency, _ indicators: [Framework.Indicator]) -> Sheet {
        let rows = indicators.map { indicator -> [Cell] in
            let node = node(agency.id, indicator.id)
            let open = (node?["followUp"]?.elements ?? []).filter { $0["status"]?.string == "open" }.map {
                "• " + ($0["action"]?.string ?? "") + ($0["due"]?.string.map { " (\($0))" } ?? "")
            }
            return [
                .text(indicator.id), .text(language == .en ? indicator.nameEn ?? indicator.name : indicator.name),
                .text(allowed), number(node?["level"]), text(node?["explanation"]),
                open.isEmpty ? .empty : .text(open.joined(separator: "\n")),
            ]
        }
        let decimals: Sheet.Style = framework.values.decimals > 0 ? .twoDecimals : .plain
        var columns = columns(SheetLayout.indicatorFields, validations: ["level": level])
        columns[3] = Sheet.Column(
            width: columns[3].width, style: decimals, validation: level, validationMessage: message(level))
        return Sheet(
            name: SheetLayout.agencySheetName(agency.id), rows: [header(SheetLayout.indicatorFields)] + rows,
            columns: columns)
    }

    private func rows(
        _ kind: SheetLayout.Kind, _ indicators: [(agency: String, id: String)], validation: Sheet.Validation? = nil,
        _ make: (JSONNode) -> [[Cell]]
    ) -> Sheet {
        let body = indicators.flatMap { agency, id -> [[Cell]] in
            guard let node = node(agency, id) else {
                return kind == .assessors ? assessorRows(nil).map { [.text(id)] + $0 } : []
            }
            return make(node).map { [.text(id)] + $0 }
        }
        var validations: [String: Sheet.Validation] = [
            "kind": .list(IndicatorAssessment.Evidence.Kind.allCases.map { word($0.rawValue) }),
            "status": .list(IndicatorAssessment.FollowUp.Status.allCases.map { word($0.rawValue) }),
            "stage": .list(Self.assessorStages.map { word($0.rawValue) }),
        ]
        if let validation { validations["level"] = validation }
        return Sheet(
            name: kind.name.text(language), rows: [header(kind.fields)] + body,
            columns: columns(kind.fields, validations: validations))
    }

    static let assessorStages: [Stage] = [.document, .interview, .visit]

    private func evidenceRow(_ item: JSONNode) -> [Cell] {
        [
            text(item["title"]), choice(item["kind"]), text(item["path"]), text(item["url"]), date(item["date"]),
            text(item["locator"]), list(item["satisfies"]), text(item["sha256"]),
        ]
    }

    private func followUpRow(_ item: JSONNode) -> [Cell] {
        [text(item["action"]), date(item["due"]), choice(item["status"]), number(item["targetLevel"])]
    }

    /// One row per external stage, filled or not: the clerk's form.
    private func assessorRows(_ assessor: JSONNode?) -> [[Cell]] {
        Self.assessorStages.map { stage in
            let verdicts = (assessor?["verdicts"]?[stage.rawValue]?.members ?? []).map {
                "\($0.key)=\(word($0.node.string ?? ""))"
            }
            return [
                .text(word(stage.rawValue)), number(assessor?[stage.rawValue]),
                text(assessor?["notes"]?[stage.rawValue]),
                verdicts.isEmpty ? .empty : .text(verdicts.joined(separator: ", ")),
            ]
        }
    }

    private func recommendationRow(_ item: JSONNode) -> [Cell] {
        [choice(item["stage"]), text(item["action"]), date(item["due"]), choice(item["status"])]
    }

    private func instructions() -> Sheet {
        let facts: [(String, String, String)] = [
            ("scope", scope.id, manifest.name), ("cycle", manifest.cycle.id, ""),
            ("framework", framework.id, framework.name), ("revision", revision, ""),
        ]
        var rows: [[Cell]] = [[.text(Messages.exportTitle(framework.indexName, manifest.name).text(language))]]
        for (key, value, detail) in facts {
            let field = SheetLayout.instructionFields.first { $0.key == key }!
            rows.append([field.header(language), .text(value)] + (detail.isEmpty ? [] : [.text(detail)]))
        }
        rows.append([])
        let steps = Messages.exportSteps(
            agencies: agencies.map(\.id), evidence: SheetLayout.Kind.evidence.name.text(language),
            allowed: allowed)
        rows += steps.enumerated().map { [.text("\($0.offset + 1). " + $0.element.text(language))] }
        return Sheet(
            name: SheetLayout.Kind.instructions.name.text(language), rows: rows,
            columns: [Sheet.Column(width: 30, style: .wrapped), Sheet.Column(width: 40), Sheet.Column(width: 50)],
            freezesHeader: false)
    }

    private func text(_ node: JSONNode?) -> Cell { node?.string.map(Cell.text) ?? .empty }
    /// A choice (kind, status, stage, verdict) in the workbook's language.
    private func word(_ value: String) -> String { SheetLayout.word(value, language) }
    private func choice(_ node: JSONNode?) -> Cell { node?.string.map { Cell.text(word($0)) } ?? .empty }
    private func date(_ node: JSONNode?) -> Cell { node?.string.map(Cell.date) ?? .empty }
    private func number(_ node: JSONNode?) -> Cell { node?.number.map { Cell.number($0.literal) } ?? .empty }
    private func list(_ node: JSONNode?) -> Cell {
        let items = (node?.elements ?? []).compactMap(\.string)
        return items.isEmpty ? .empty : .text(items.joined(separator: ", "))
    }
}

import Foundation
import JSONSchema
import SPBECore
import Spreadsheet

/// Reads the rows of an imported workbook into values per indicator, checking each cell: the indicator exists
/// and belongs to the agency, values are allowed, dates are dates, no row is given twice.
struct RowReader {
    /// One field of an item: its value, or nil when its cell is empty (the field is cleared).
    typealias Item = [(key: String, value: OutputJSON?)]

    struct SelfRow {
        let level: Level??
        let explanation: String??
        let reference: String
        let levelReference: String
        let explanationReference: String
    }

    struct StageRow {
        let reference: String
        let level: Level??
        let notes: String??
        let verdicts: [(String, String)]??
    }

    let manifest: Manifest
    let framework: Framework
    let agency: String?
    let dayFirst: Bool
    let evidenceFile: (String) -> AssessmentImport.EvidenceFile

    private(set) var selfRows: [String: SelfRow] = [:]
    private(set) var evidence: [String: [Item]] = [:]
    private(set) var followUps: [String: [Item]] = [:]
    private(set) var stages: [String: [Stage: StageRow]] = [:]
    private(set) var recommendations: [String: [Item]] = [:]
    /// The agencies whose indicators the workbook holds.
    private(set) var agencies: Set<String> = []
    /// The agencies with a sheet of their own in the workbook.
    private(set) var sheetAgencies: Set<String> = []
    /// The rows of the evidence, follow-up and assessors' sheets, with the agency owning each one's indicator.
    private(set) var listRows: [(id: String, owner: String, reference: String)] = []
    private(set) var problems: [ImportProblem] = []
    private(set) var ignoredColumns: [String] = []
    /// Some sheet has a column that names a field: the file is a workbook of this kind at all.
    private(set) var readAnyField = false
    private var stageReferences: [String: String] = [:]

    init(
        manifest: Manifest, framework: Framework, agency: String?, dayFirst: Bool,
        evidenceFile: @escaping (String) -> AssessmentImport.EvidenceFile
    ) {
        self.manifest = manifest
        self.framework = framework
        self.agency = agency
        self.dayFirst = dayFirst
        self.evidenceFile = evidenceFile
        if let agency { agencies.insert(agency) }
    }

    mutating func readIndicators(_ sheet: ImportedSheet, agency sheetAgency: String?) {
        take(sheet)
        if let sheetAgency, self.agency == nil || self.agency == sheetAgency {
            agencies.insert(sheetAgency)
            sheetAgencies.insert(sheetAgency)
        }
        for record in sheet.records {
            guard let id = indicator(record, key: "id", sheetAgency: sheetAgency) else { continue }
            if let first = selfRows[id] {
                problems.append(ImportProblem(record.rowReference, Messages.importDuplicateRow(id, first.reference)))
                continue
            }
            selfRows[id] = SelfRow(
                level: record.columns["level"] == nil ? .none : .some(level(record, "level")),
                explanation: record.columns["explanation"] == nil
                    ? .none : .some(CellValues.text(record["explanation"])),
                reference: record.rowReference, levelReference: record.reference("level"),
                explanationReference: record.reference("explanation"))
        }
    }

    mutating func read(_ sheet: ImportedSheet, as kind: SheetLayout.Kind) {
        take(sheet)
        for record in sheet.records {
            guard let id = indicator(record, key: "indicator", sheetAgency: nil) else { continue }
            if let owner = manifest.ownerID(of: id) {
                listRows.append((id, owner, record.reference("indicator")))
            }
            switch kind {
            case .evidence: if let item = evidenceItem(record) { evidence[id, default: []].append(item) }
            case .followUps: if let item = followUp(record) { followUps[id, default: []].append(item) }
            case .recommendations:
                if let item = recommendation(record) { recommendations[id, default: []].append(item) }
            case .assessors: stageRow(record, id)
            case .instructions: break
            }
        }
    }

    private mutating func take(_ sheet: ImportedSheet) {
        if !sheet.columns.isEmpty { readAnyField = true }
        problems += sheet.problems
        ignoredColumns += sheet.ignoredColumns
    }

    /// The row's indicator id when it is one of the framework's and belongs to the agency being imported.
    private mutating func indicator(_ record: ImportedSheet.Record, key: String, sheetAgency: String?) -> String? {
        guard let id = CellValues.id(record[key]) else {
            problems.append(ImportProblem(record.reference(key), Messages.importNoIndicator))
            return nil
        }
        guard framework.indicator(id) != nil else {
            problems.append(
                ImportProblem(
                    record.reference(key),
                    Messages.importUnknownIndicator(id, framework.id, known: framework.indicators.map(\.id))))
            return nil
        }
        guard let owner = manifest.ownerID(of: id) else {
            problems.append(ImportProblem(record.reference(key), Messages.importNoOwner(id)))
            return nil
        }
        for expected in [sheetAgency, agency].compactMap({ $0 }) where owner != expected {
            problems.append(ImportProblem(record.reference(key), Messages.importOwnedByOther(id, owner, expected)))
            return nil
        }
        agencies.insert(owner)
        return id
    }

    private mutating func level(_ record: ImportedSheet.Record, _ key: String) -> Level? {
        let cell = record[key]
        do {
            guard let level = try CellValues.level(cell) else { return nil }
            guard framework.values.allows(level) else {
                problems.append(
                    ImportProblem(record.reference(key), Messages.importValueNotAllowed(level.description, allowed)))
                return nil
            }
            return level
        } catch {
            problems.append(
                ImportProblem(record.reference(key), Messages.importNotANumber(CellValues.text(cell) ?? "")))
            return nil
        }
    }

    private var allowed: Localized {
        let values = framework.values
        return Messages.allowedValues(
            "\(values.min.rational.rounded(values.decimals))–\(values.max.rational.rounded(values.decimals))",
            decimals: values.decimals)
    }

    private mutating func date(_ record: ImportedSheet.Record, _ key: String) -> String? {
        do { return try CellValues.date(record[key], dayFirst: dayFirst) } catch {
            problems.append(
                ImportProblem(record.reference(key), Messages.importNotADate(CellValues.text(record[key]) ?? "")))
            return nil
        }
    }

    private mutating func choice(_ record: ImportedSheet.Record, _ key: String, _ allowed: [String]) -> String? {
        guard let typed = CellValues.id(record[key]) else { return nil }
        let value = SheetLayout.choice(typed)
        guard allowed.contains(value) else {
            problems.append(ImportProblem(record.reference(key), Messages.importBadChoice(typed, allowed)))
            return nil
        }
        return value
    }

    private mutating func required(_ record: ImportedSheet.Record, _ key: String) -> String? {
        guard let text = CellValues.text(record[key]) else {
            let name = record.header(key)
            problems.append(ImportProblem(record.reference(key), Messages.importRequired(name)))
            return nil
        }
        return text
    }

    /// The item's fields for the columns the sheet has (a missing column leaves its field as it is).
    private func item(_ record: ImportedSheet.Record, _ fields: [(String, OutputJSON?)]) -> Item {
        fields.filter { record.columns[$0.0] != nil }.map { (key: $0.0, value: $0.1) }
    }

    private mutating func evidenceItem(_ record: ImportedSheet.Record) -> Item? {
        guard let title = required(record, "title") else { return nil }
        var path = CellValues.id(record["path"])
        let url = CellValues.id(record["url"])
        let kinds = IndicatorAssessment.Evidence.Kind.allCases.map(\.rawValue)
        let kind = choice(record, "kind", kinds) ?? (url != nil && path == nil ? "url" : "other")
        var sha256 = CellValues.id(record["sha256"])?.lowercased()
        if let typed = sha256, typed.count != 64 || !typed.allSatisfy({ $0.isHexDigit }) {
            problems.append(ImportProblem(record.reference("sha256"), Messages.importBadHash(typed)))
            sha256 = nil
        }
        if path == nil && url == nil {
            problems.append(ImportProblem(record.rowReference, Messages.importEvidenceNeedsPath))
            return nil
        }
        if let typed = path {
            switch evidenceFile(typed) {
            case .outside:
                problems.append(ImportProblem(record.reference("path"), Messages.importPathOutside(typed)))
                return nil
            case .missing(let relative): path = relative
            case .present(let relative, let hash):
                path = relative
                if sha256 == nil { sha256 = hash }
            }
        }
        let satisfies = CellValues.list(record["satisfies"]).map { OutputJSON.array($0.map(OutputJSON.string)) }
        let fields: [(String, OutputJSON?)] = [
            ("title", .string(title)), ("kind", .string(kind)), ("path", path.map(OutputJSON.string)),
            ("sha256", sha256.map(OutputJSON.string)), ("url", url.map(OutputJSON.string)),
            ("date", date(record, "date").map(OutputJSON.string)),
            ("locator", CellValues.text(record["locator"]).map(OutputJSON.string)), ("satisfies", satisfies),
        ]
        // A sha256 worked out here is written even when the sheet has no such column.
        let kept = item(record, fields)
        return record.columns["sha256"] == nil && sha256 != nil
            ? kept + [(key: "sha256", value: .string(sha256!))] : kept
    }

    private mutating func followUp(_ record: ImportedSheet.Record) -> Item? {
        guard let action = required(record, "action") else { return nil }
        let statuses = IndicatorAssessment.FollowUp.Status.allCases.map(\.rawValue)
        return item(
            record,
            [
                ("action", .string(action)), ("due", date(record, "due").map(OutputJSON.string)),
                ("status", .string(choice(record, "status", statuses) ?? "open")),
                ("targetLevel", level(record, "targetLevel").map { .number($0.description) }),
            ])
    }

    private mutating func recommendation(_ record: ImportedSheet.Record) -> Item? {
        guard let action = required(record, "action") else { return nil }
        let statuses = IndicatorAssessment.FollowUp.Status.allCases.map(\.rawValue)
        return item(
            record,
            [
                (
                    "stage",
                    choice(record, "stage", AssessmentExport.assessorStages.map(\.rawValue)).map(OutputJSON.string)
                ),
                ("action", .string(action)), ("due", date(record, "due").map(OutputJSON.string)),
                ("status", .string(choice(record, "status", statuses) ?? "open")),
            ])
    }

    private mutating func stageRow(_ record: ImportedSheet.Record, _ id: String) {
        guard let name = required(record, "stage") else { return }
        guard let stage = Stage(rawValue: SheetLayout.choice(name)), AssessmentExport.assessorStages.contains(stage)
        else {
            problems.append(
                ImportProblem(
                    record.reference("stage"),
                    Messages.importBadChoice(name, AssessmentExport.assessorStages.map(\.rawValue))))
            return
        }
        let key = "\(id)/\(stage.rawValue)"
        if let first = stageReferences[key] {
            problems.append(
                ImportProblem(record.rowReference, Messages.importDuplicateRow("\(id) \(stage.rawValue)", first)))
            return
        }
        stageReferences[key] = record.rowReference
        stages[id, default: [:]][stage] = StageRow(
            reference: record.rowReference,
            level: record.columns["level"] == nil ? .none : .some(level(record, "level")),
            notes: record.columns["notes"] == nil ? .none : .some(CellValues.text(record["notes"])),
            verdicts: record.columns["verdicts"] == nil ? .none : .some(verdicts(record)))
    }

    /// `L2-01=accepted, L2-02=revise`.
    private mutating func verdicts(_ record: ImportedSheet.Record) -> [(String, String)]? {
        guard let items = CellValues.list(record["verdicts"]) else { return nil }
        let allowed = IndicatorAssessment.Review.Verdict.allCases.map(\.rawValue)
        var result: [(String, String)] = []
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, allowed.contains(SheetLayout.choice(parts[1])) else {
                problems.append(ImportProblem(record.reference("verdicts"), Messages.importBadVerdict(item, allowed)))
                continue
            }
            result.append((parts[0], SheetLayout.choice(parts[1])))
        }
        return result
    }
}

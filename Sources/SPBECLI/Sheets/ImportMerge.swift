import JSONSchema
import SPBECore
import Spreadsheet

/// Writes an agency file's imported values into its JSON: a value equal to what the file holds keeps the file's
/// own spelling and place, so only what changed changes. Records per indicator what changed.
struct ImportMerge {
    let framework: Framework
    let rows: RowReader
    let sheets: Set<SheetLayout.Kind>
    let assessor: Bool
    /// The agency's indicators, in framework order.
    let owned: [String]

    private(set) var problems: [ImportProblem] = []
    private(set) var lines: [Localized] = []
    /// The workbook changes fields of the side not being imported (assessors' without `--assessor`, or the reverse).
    private(set) var ignoredOtherSide = false

    static let evidenceKeys = ["title", "kind", "path", "sha256", "url", "date", "locator", "satisfies"]

    /// The file's root with the imported values; nil when something is wrong (see `problems`).
    mutating func merged(_ root: JSONNode) -> OutputJSON? {
        let members = root["indicators"]?.members ?? []
        var indicators: [(String, OutputJSON)] = []
        for member in members {
            guard owned.contains(member.key) else {
                indicators.append((member.key, OutputJSON(member.node)))
                continue
            }
            indicators.append((member.key, updated(member.key, member.node)))
        }
        let present = Set(members.map(\.key))
        for id in owned where !present.contains(id) {
            if let created = created(id) { indicators.append((id, created)) }
        }
        return problems.isEmpty ? OutputJSON(root).setting("indicators", .object(indicators)) : nil
    }

    private mutating func updated(_ id: String, _ node: JSONNode) -> OutputJSON {
        var changes: [Localized] = []
        let own = ownSide(id, node, &changes)
        var assessorChanges: [Localized] = []
        let assessed = assessorSide(id, node["assessor"], &assessorChanges)
        if assessor {
            if !changes.isEmpty { ignoredOtherSide = true }
            guard !assessorChanges.isEmpty else { return OutputJSON(node) }
            record(id, assessorChanges)
            return OutputJSON(node).setting("assessor", assessed)
        }
        if !assessorChanges.isEmpty { ignoredOtherSide = true }
        record(id, changes)
        return own
    }

    private mutating func record(_ id: String, _ changes: [Localized]) {
        guard !changes.isEmpty else { return }
        lines.append(
            Localized(
                en: id + " " + changes.map(\.en).joined(separator: "; "),
                indonesian: id + " " + changes.map(\.indonesian).joined(separator: "; ")))
    }

    /// The agency's own fields (level, explanation, evidence, follow-ups) as the workbook gives them.
    private mutating func ownSide(_ id: String, _ node: JSONNode, _ changes: inout [Localized]) -> OutputJSON {
        var object = OutputJSON(node)
        if let row = rows.selfRows[id] {
            if case .some(let level) = row.level {
                let old = node["level"]?.number.flatMap(Level.init)
                if let level {
                    if old != level {
                        object = object.setting("level", .number(level.description))
                        changes.append(Messages.importLevelChange(old?.description, level.description))
                    }
                } else {
                    problems.append(ImportProblem(row.levelReference, Messages.importLevelRemoved(id)))
                }
            }
            if case .some(let explanation) = row.explanation {
                if let explanation {
                    if !Self.same(.string(explanation), node["explanation"]) {
                        object = object.setting("explanation", .string(explanation))
                        changes.append(Messages.importExplanationChanged)
                    }
                } else {
                    problems.append(ImportProblem(row.explanationReference, Messages.importExplanationRequired(id)))
                }
            }
        }
        if sheets.contains(.evidence) {
            let (list, counts) = Self.mergedList(node["evidence"], rows.evidence[id] ?? [])
            if let list {
                object = object.setting("evidence", list)
                changes.append(Messages.importListChange(.evidence, counts))
            }
        }
        if sheets.contains(.followUps) {
            let (list, counts) = Self.mergedList(node["followUp"], rows.followUps[id] ?? [])
            if let list {
                object = object.setting("followUp", list)
                changes.append(Messages.importListChange(.followUps, counts))
            }
        }
        return object
    }

    /// The `assessor` object as the workbook gives it (nil: none); `changes` empty when it is as the file has it.
    private func assessorSide(_ id: String, _ original: JSONNode?, _ changes: inout [Localized]) -> OutputJSON? {
        var object = original.map(OutputJSON.init) ?? .object([])
        var notes = original?["notes"].map(OutputJSON.init) ?? .object([])
        var verdicts = original?["verdicts"].map(OutputJSON.init) ?? .object([])
        for stage in AssessmentExport.assessorStages {
            guard let row = rows.stages[id]?[stage] else { continue }
            let key = stage.rawValue
            if case .some(let level) = row.level {
                let old = original?[key]?.number.flatMap(Level.init)
                if old != level {
                    object = object.setting(key, level.map { .number($0.description) })
                    changes.append(Messages.importStageChange(stage, old?.description, level?.description))
                }
            }
            if case .some(let text) = row.notes, !Self.same(text.map(OutputJSON.string), original?["notes"]?[key]) {
                notes = notes.setting(key, text.map(OutputJSON.string))
                changes.append(Messages.importNotesChanged(stage))
            }
            if case .some(let pairs) = row.verdicts {
                let new = pairs.map { OutputJSON.object($0.map { ($0.0, .string($0.1)) }) }
                if !Self.same(new, original?["verdicts"]?[key]) {
                    verdicts = verdicts.setting(key, new)
                    changes.append(Messages.importVerdictsChanged(stage))
                }
            }
        }
        if sheets.contains(.recommendations) {
            let (list, counts) = Self.mergedList(original?["recommendations"], rows.recommendations[id] ?? [])
            if let list {
                object = object.setting("recommendations", list)
                changes.append(Messages.importListChange(.recommendations, counts))
            }
        }
        object = object.setting("notes", Self.nonEmpty(notes)).setting("verdicts", Self.nonEmpty(verdicts))
        return Self.nonEmpty(object)
    }

    /// A new indicator from its row: level and explanation, and whatever evidence and follow-ups it has.
    private mutating func created(_ id: String) -> OutputJSON? {
        let row = rows.selfRows[id]
        let hasRows = rows.evidence[id] != nil || rows.followUps[id] != nil
        let hasAssessorValues =
            rows.stages[id]?.values.contains { row in
                [row.level.flatMap { $0 } != nil, row.notes.flatMap { $0 } != nil, row.verdicts.flatMap { $0 } != nil]
                    .contains(true)
            } ?? false
        guard !assessor else {
            if hasAssessorValues {
                problems.append(ImportProblem(id, Messages.importNotAssessed(id)))
            }
            return nil
        }
        guard case .some(.some(let level)) = row?.level else {
            if hasRows { problems.append(ImportProblem(row?.reference ?? id, Messages.importNotAssessed(id))) }
            return nil
        }
        guard case .some(.some(let explanation)) = row?.explanation else {
            problems.append(ImportProblem(row?.explanationReference ?? id, Messages.importExplanationRequired(id)))
            return nil
        }
        var object = OutputJSON.object([("level", .number(level.description)), ("explanation", .string(explanation))])
        var changes = [Messages.importLevelChange(nil, level.description)]
        for (key, kind, items) in [
            ("evidence", SheetLayout.Kind.evidence, rows.evidence[id]), ("followUp", .followUps, rows.followUps[id]),
        ] {
            guard let items, sheets.contains(kind) else { continue }
            let (list, counts) = Self.mergedList(nil, items)
            if let list {
                object = object.setting(key, list)
                changes.append(Messages.importListChange(kind, counts))
            }
        }
        record(id, changes)
        return object
    }

    struct Counts {
        var added = 0
        var removed = 0
        var changed = 0
    }

    /// The list with the workbook's items: an item equal to the file's at the same place is kept as written;
    /// nil when the list is as the file has it.
    static func mergedList(_ original: JSONNode?, _ items: [RowReader.Item]) -> (OutputJSON?, Counts) {
        let old = original?.elements ?? []
        var counts = Counts(removed: max(0, old.count - items.count))
        var result: [OutputJSON] = []
        for (index, item) in items.enumerated() {
            guard index < old.count else {
                counts.added += 1
                result.append(.object(item.compactMap { field in field.value.map { (field.key, $0) } }))
                continue
            }
            var object = OutputJSON(old[index])
            var changed = false
            for (key, value) in item where !same(value, old[index][key]) {
                object = object.setting(key, value)
                changed = true
            }
            if changed { counts.changed += 1 }
            result.append(object)
        }
        guard counts.added + counts.removed + counts.changed > 0 else { return (nil, counts) }
        return (.array(result), counts)
    }

    /// Whether a value from the workbook is what the file holds: strings by text (an empty string as no value),
    /// numbers by value, lists and objects member by member.
    static func same(_ value: OutputJSON?, _ node: JSONNode?) -> Bool {
        guard let value else {
            guard let node else { return true }
            return node.string?.allSatisfy(\.isWhitespace) == true || node.elements?.isEmpty == true
        }
        guard let node else { return false }
        switch value {
        case .string(let text):
            guard let old = node.string else { return false }
            return old == text || old.replacingOccurrences(of: "\r\n", with: "\n") == text
        case .number(let literal):
            guard let old = node.number else { return false }
            return Double(literal) == Double(old.literal)
        case .array(let elements):
            guard let old = node.elements, old.count == elements.count else { return false }
            return zip(elements, old).allSatisfy { same($0, $1) }
        case .object(let members):
            guard let old = node.members, old.count == members.count else { return false }
            return members.allSatisfy { key, value in same(value, node[key]) }
        case .bool(let flag): return node.bool == flag
        case .null: return false
        }
    }

    private static func nonEmpty(_ object: OutputJSON) -> OutputJSON? {
        if case .object(let members) = object, members.isEmpty { return nil }
        return object
    }
}

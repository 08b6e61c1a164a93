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
    /// The agency file as the workbook was exported from (nil: not known, so values are compared with the file as
    /// it is). A value the workbook leaves as it was exported keeps the file's newer value; a value both changed
    /// is a conflict.
    let base: Base?

    struct Base {
        /// The file's root at the export's revision; nil when the agency had no file then.
        let root: JSONNode?
    }

    private(set) var problems: [ImportProblem] = []
    private(set) var lines: [Localized] = []
    /// The workbook changes fields of the side not being imported (assessors' without `--assessor`, or the reverse).
    private(set) var ignoredOtherSide = false

    static let evidenceKeys = ["title", "kind", "path", "sha256", "url", "date", "locator", "satisfies"]

    enum Decision { case keep, take, conflict }

    /// Whether to write the workbook's value over the file's.
    func decide(_ new: OutputJSON?, current: JSONNode?, exported: JSONNode?) -> Decision {
        if Self.same(new, current) { return .keep }
        guard base != nil else { return .take }
        if Self.same(new, exported) { return .keep }
        return Self.same(exported.map(OutputJSON.init), current) ? .take : .conflict
    }

    private func exported(_ id: String) -> JSONNode? { base?.root?["indicators"]?[id] }

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
        var ignored: [Localized] = []
        // The side not imported is worked out only to say that it was left; its problems are not this import's.
        let problemsBefore = problems
        if assessor {
            _ = ownSide(id, node, &ignored)
            problems = problemsBefore
            if !ignored.isEmpty { ignoredOtherSide = true }
            let assessed = assessorSide(id, node["assessor"], &changes)
            guard !changes.isEmpty else { return OutputJSON(node) }
            record(id, changes)
            return OutputJSON(node).setting("assessor", assessed)
        }
        _ = assessorSide(id, node["assessor"], &ignored)
        problems = problemsBefore
        if !ignored.isEmpty { ignoredOtherSide = true }
        let own = ownSide(id, node, &changes)
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
        let then = exported(id)
        if let row = rows.selfRows[id] {
            if case .some(let level) = row.level {
                if let level {
                    let new = OutputJSON.number(level.description)
                    switch decide(new, current: node["level"], exported: then?["level"]) {
                    case .keep: break
                    case .take:
                        object = object.setting("level", new)
                        changes.append(
                            Messages.importLevelChange(node["level"]?.number?.literal, level.description))
                    case .conflict: conflict(row.levelReference, id, node["level"], then?["level"])
                    }
                } else {
                    problems.append(ImportProblem(row.levelReference, Messages.importLevelRemoved(id)))
                }
            }
            if case .some(let explanation) = row.explanation {
                if let explanation {
                    let new = OutputJSON.string(explanation)
                    switch decide(new, current: node["explanation"], exported: then?["explanation"]) {
                    case .keep: break
                    case .take:
                        object = object.setting("explanation", new)
                        changes.append(Messages.importExplanationChanged)
                    case .conflict: conflict(row.explanationReference, id, nil, nil)
                    }
                } else {
                    problems.append(ImportProblem(row.explanationReference, Messages.importExplanationRequired(id)))
                }
            }
        }
        for (key, kind, items) in [
            ("evidence", SheetLayout.Kind.evidence, rows.evidence[id]), ("followUp", .followUps, rows.followUps[id]),
        ] where sheets.contains(kind) {
            let (list, counts) = Self.mergedList(node[key], items ?? [])
            guard let list else { continue }
            switch decide(list, current: node[key], exported: then?[key]) {
            case .keep: break
            case .take:
                object = object.setting(key, list)
                changes.append(Messages.importListChange(kind, counts))
            case .conflict: conflict(kind.name.en + " " + id, id, nil, nil)
            }
        }
        return object
    }

    private mutating func conflict(_ reference: String, _ id: String, _ now: JSONNode?, _ then: JSONNode?) {
        let values = now?.number.map { current in (then?.number?.literal ?? "–", current.literal) }
        problems.append(ImportProblem(reference, Messages.importConflict(id, values)))
    }

    /// The `assessor` object as the workbook gives it (nil: none); `changes` empty when it is as the file has it.
    private mutating func assessorSide(_ id: String, _ original: JSONNode?, _ changes: inout [Localized])
        -> OutputJSON?
    {
        var object = original.map(OutputJSON.init) ?? .object([])
        var notes = original?["notes"].map(OutputJSON.init) ?? .object([])
        var verdicts = original?["verdicts"].map(OutputJSON.init) ?? .object([])
        let then = exported(id)?["assessor"]
        for stage in AssessmentExport.assessorStages {
            guard let row = rows.stages[id]?[stage] else { continue }
            let key = stage.rawValue
            if case .some(let level) = row.level {
                let new = level.map { OutputJSON.number($0.description) }
                switch decide(new, current: original?[key], exported: then?[key]) {
                case .keep: break
                case .take:
                    object = object.setting(key, new)
                    changes.append(
                        Messages.importStageChange(stage, original?[key]?.number?.literal, level?.description))
                case .conflict: conflict(row.reference, id, original?[key], then?[key])
                }
            }
            if case .some(let text) = row.notes {
                let new = text.map(OutputJSON.string)
                switch decide(new, current: original?["notes"]?[key], exported: then?["notes"]?[key]) {
                case .keep: break
                case .take:
                    notes = notes.setting(key, new)
                    changes.append(Messages.importNotesChanged(stage))
                case .conflict: conflict(row.reference, id, nil, nil)
                }
            }
            if case .some(let pairs) = row.verdicts {
                let new = pairs.map { OutputJSON.object($0.map { ($0.0, .string($0.1)) }) }
                switch decide(new, current: original?["verdicts"]?[key], exported: then?["verdicts"]?[key]) {
                case .keep: break
                case .take:
                    verdicts = verdicts.setting(key, new)
                    changes.append(Messages.importVerdictsChanged(stage))
                case .conflict: conflict(row.reference, id, nil, nil)
                }
            }
        }
        if sheets.contains(.recommendations) {
            let (list, counts) = Self.mergedList(original?["recommendations"], rows.recommendations[id] ?? [])
            if let list {
                switch decide(list, current: original?["recommendations"], exported: then?["recommendations"]) {
                case .keep: break
                case .take:
                    object = object.setting("recommendations", list)
                    changes.append(Messages.importListChange(.recommendations, counts))
                case .conflict: conflict(SheetLayout.Kind.recommendations.name.en + " " + id, id, nil, nil)
                }
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

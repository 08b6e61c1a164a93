import JSONSchema
import SPBECore
import Spreadsheet

/// Reads a workbook (or csv) back into one scope's agency files: every value checked at its cell, and either
/// every change or, when anything is wrong, none. Without `assessor` only the agencies' own fields are written,
/// with it only the `assessor` fields.
struct AssessmentImport {
    /// What importing a workbook would write.
    struct Outcome {
        var changes: [FileChange] = []
        var problems: [ImportProblem] = []
        var notes: [Localized] = []
    }

    struct FileChange {
        let path: String
        let bytes: [UInt8]
        /// Per indicator what changed, e.g. `P06 2.26 → 2.75; explanation changed`.
        let lines: [Localized]
    }

    /// Whether an evidence path may be cited, as the repository spells it, and its sha256 when the file is there.
    enum EvidenceFile { case outside, missing(path: String), present(path: String, sha256: String) }

    let scope: LoadedScope
    /// The scope at the revision the workbook was exported from, when that is known.
    let base: LoadedScope?
    let manifest: Manifest
    let framework: Framework
    let schema: SchemaValidator?
    let agency: String?
    let assessor: Bool
    let evidenceFile: (String) -> EvidenceFile

    /// The scope, cycle and framework a workbook says it was made for (its instructions sheet), by field.
    static func declared(_ workbook: Workbook) -> [String: (value: String, reference: String)] {
        guard let sheet = workbook.sheets.first(where: isInstructions) else { return [:] }
        var facts: [String: (String, String)] = [:]
        for row in sheet.rows.indices {
            if let key = SheetLayout.key(ofHeader: sheet[row, 0], among: SheetLayout.instructionFields),
                let value = CellValues.id(sheet[row, 1])
            {
                facts[key] = (value, sheet.reference(row: row, column: 1))
            }
        }
        return facts
    }

    /// The instructions sheet, found by its name or, renamed, by the facts in its first column.
    static func isInstructions(_ sheet: Sheet) -> Bool {
        SheetLayout.Kind.named(sheet.name) == .instructions
            || sheet.rows.indices.contains { row in
                SheetLayout.key(ofHeader: sheet[row, 0], among: SheetLayout.instructionFields) == "cycle"
            }
    }

    func run(_ workbook: Workbook) -> Outcome {
        var outcome = Outcome()
        checkDeclared(workbook, &outcome)
        if workbook.csvConvention == nil && Self.declared(workbook)["cycle"] == nil {
            outcome.notes.append(Messages.importUndeclared(scope.id, manifest.cycle.id, framework.id))
        }
        var reader = RowReader(
            manifest: manifest, framework: framework, agency: agency, dayFirst: workbook.csvConvention == .semicolon,
            evidenceFile: evidenceFile)
        var kinds: Set<SheetLayout.Kind> = []
        for sheet in workbook.sheets {
            let sheetAgency = SheetLayout.agency(ofSheet: sheet.name, in: manifest)
            if sheetAgency == nil && Self.isInstructions(sheet) { continue }
            if sheetAgency == nil, let kind = SheetLayout.Kind.named(sheet.name) {
                guard kind != .instructions else { continue }
                kinds.insert(kind)
                reader.read(ImportedSheet(sheet, fields: kind.fields), as: kind)
            } else if sheetAgency != nil || workbook.csvConvention != nil {
                let imported = ImportedSheet(
                    sheet, fields: SheetLayout.indicatorFields, cellsPastHeaderAreErrors: workbook.csvConvention != nil)
                if !imported.columns.isEmpty {
                    for key in ["id", "level"] where imported.columns[key] == nil {
                        outcome.problems.append(ImportProblem(sheet.name, Messages.importMissingColumn(key)))
                    }
                }
                reader.readIndicators(imported, agency: workbook.csvConvention == nil ? sheetAgency : nil)
            } else if !ImportedSheet(sheet, fields: SheetLayout.indicatorFields).columns.isEmpty {
                // A sheet of indicator rows under a name that is no agency's: its edits must not vanish silently.
                let agencies = manifest.agencies.map(\.id)
                outcome.problems.append(
                    ImportProblem(sheet.name, Messages.importSheetNotAnAgency(sheet.name, agencies)))
            } else {
                outcome.notes.append(Messages.importIgnoredSheet(sheet.name))
            }
        }
        // In a workbook the agencies are its sheets: a row of another sheet for any other agency is refused, so a
        // workbook made for one agency never rewrites another's lists.
        if workbook.csvConvention == nil {
            for row in reader.listRows where !reader.sheetAgencies.contains(row.owner) {
                outcome.problems.append(
                    ImportProblem(row.reference, Messages.importNoSheetForAgency(row.id, row.owner)))
            }
        }
        // A file with no column naming a field is not a workbook of this kind: one problem, not one per row.
        outcome.problems +=
            reader.readAnyField
            ? reader.problems : [ImportProblem(workbook.sheets.first?.name ?? "", Messages.importNoFields)]
        outcome.notes += reader.ignoredColumns.map(Messages.importIgnoredColumn)
        guard outcome.problems.isEmpty else { return outcome }
        var ignored = false
        for agency in manifest.agencies where reader.agencies.contains(agency.id) {
            let path = AssessmentPath.agencyFile(of: agency.id, in: scope.id)
            let file = scope.agencyFiles.first { $0.path == path }
            if file != nil && file?.document == nil || file?.document?.duplicateKeys.isEmpty == false {
                outcome.problems.append(ImportProblem(path, Messages.importUnreadableFile(path)))
                continue
            }
            let document =
                file?.document
                ?? (try? JSONParser().parse(Templates.agencyFile(agency: agency.id, cycle: manifest.cycle.id)))
            guard let document else { continue }
            var merge = ImportMerge(
                framework: framework, rows: reader, sheets: kinds, assessor: assessor,
                owned: framework.indicators.map(\.id).filter { manifest.gives($0, to: agency.id) },
                base: base.map { scope in
                    ImportMerge.Base(root: scope.agencyFiles.first { $0.path == path }?.document?.root)
                })
            let root = merge.merged(document.root)
            outcome.problems += merge.problems
            ignored = ignored || merge.ignoredOtherSide
            guard !merge.lines.isEmpty, let root else { continue }
            let bytes = Array(root.rendered.utf8)
            let formatted = (try? JSONParser().parse(bytes)).map { JSONFormatter(schema: schema).format($0) } ?? bytes
            outcome.changes.append(FileChange(path: path, bytes: formatted, lines: merge.lines))
        }
        if ignored {
            outcome.notes.append(assessor ? Messages.importIgnoredAgencyFields : Messages.importIgnoredAssessor)
        }
        if !outcome.problems.isEmpty { outcome.changes = [] }
        return outcome
    }

    private func checkDeclared(_ workbook: Workbook, _ outcome: inout Outcome) {
        let declared = Self.declared(workbook)
        let expected = ["scope": scope.id, "cycle": manifest.cycle.id, "framework": framework.id]
        for key in ["scope", "cycle", "framework"] {
            guard let (value, reference) = declared[key], let wanted = expected[key], value != wanted else { continue }
            outcome.problems.append(ImportProblem(reference, Messages.importMadeForOther(key, value, wanted)))
        }
    }
}

/// `schema`: every violation of the JSON Schema the file is checked against (read at the same revision).
struct SchemaRule: LintRule {
    static let id = "schema"
    static let defaultSeverity = Severity.error
    static let summary = Localized(
        en: "manifests and agency files must match schemas/instansi.schema.json and schemas/assessment.schema.json",
        indonesian:
            "manifes dan berkas perangkat daerah harus sesuai schemas/instansi.schema.json dan schemas/assessment.schema.json"
    )
    static let examples: [RuleExample] = [
        .triggers([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 1️⃣"tiga", "explanation": "x"}}}
            """
        ]),
        .triggers(["schemas/assessment.schema.json": "{\"type\": "]),
        .passes([
            "assessments/desa/pelayanan.json": """
            {"agency": "pelayanan", "cycle": "2026", "indicators": {"Q3": {"level": 1, "explanation": "x"}}}
            """
        ]),
    ]

    static func check(_ context: LintContext, into findings: inout [Finding]) {
        for (path, message) in context.revision.schemas.problems {
            findings.append(
                Finding(
                    rule: id, path: path,
                    message: Localized(
                        en: "this schema cannot be read (\(message.en)); the built-in one is used instead",
                        indonesian: "skema ini tidak dapat dibaca (\(message.indonesian)); skema bawaan dipakai")))
        }
        for scope in context.revision.scopes {
            for file in [scope.manifestFile] + scope.agencyFiles where file.document != nil {
                for error in file.result.schemaErrors {
                    findings.append(
                        Finding(
                            rule: id, path: file.path, anchor: .value(error.instancePointer),
                            message: human(error, example: scope.framework?.framework.indicators.first?.id),
                            hint: hint(error, agency: AssessmentPath(file.path).agency)))
                }
            }
        }
    }

    /// What to do instead of typing: let the tool record a sha256; fill a missing level or explanation in a
    /// spreadsheet.
    static func hint(_ error: SchemaError, agency: String?) -> Finding.Hint? {
        if error.keywordLocation.hasSuffix("/sha256/pattern") { return .letToolRecordEvidence }
        let tokens = error.instancePointer.tokens
        if let agency, error.keyword == "required", tokens.count == 2, tokens[0] == "indicators" {
            return .fillInFromSpreadsheet(agency: agency)
        }
        return nil
    }

    /// Our own schemas' patterns in words: a regular expression tells an agency admin nothing.
    /// `example` is an indicator id of the file's own framework, for the message that asks for one.
    static func human(_ error: SchemaError, example: String? = nil) -> Localized {
        let location = error.keywordLocation
        if error.keyword == "propertyNames", location.hasSuffix("/indicators/propertyNames") {
            let key = error.instancePointer.tokens.last ?? ""
            return Localized(
                en: "'\(key)' is not an indicator id; write it as the framework does"
                    + (example.map { ", e.g. \($0)" } ?? ""),
                indonesian: "'\(key)' bukan id indikator; tulis seperti di kerangka"
                    + (example.map { ", mis. \($0)" } ?? ""))
        }
        if error.keyword == "propertyNames", location.hasSuffix("/agencies/propertyNames"),
            error.instancePointer.tokens.last == "instansi"
        {
            return Localized(
                en: "'instansi' names the manifest's own file, so no agency can have it; choose another agency id",
                indonesian:
                    "'instansi' adalah nama berkas manifes sendiri sehingga tidak dapat menjadi id perangkat daerah; pilih id lain"
            )
        }
        guard error.keyword == "pattern" else { return error.message }
        if location.hasSuffix("/$defs/id/pattern") {
            return Localized(
                en: "use lowercase letters, digits and single '-' between them, e.g. dinas-kesehatan",
                indonesian: "gunakan huruf kecil, angka dan satu '-' di antaranya, mis. dinas-kesehatan")
        }
        if location.hasSuffix("/sha256/pattern") {
            return Localized(
                en: "a sha256 is 64 lowercase hexadecimal digits",
                indonesian: "sha256 terdiri atas 64 digit heksadesimal huruf kecil")
        }
        return error.message
    }
}

import SPBECore

/// One file's outcome in `spbe validate`.
struct ValidationResult {
    struct Problem {
        let location: SourceLocation
        let pointer: JSONPointer
        let keyword: String
        let schemaLocation: String
        let message: Localized
    }

    let file: String
    let problems: [Problem]
    var isValid: Bool { problems.isEmpty }

    /// Parses and validates; syntax errors and duplicate keys are problems too.
    static func check(_ file: String, bytes: [UInt8], validator: SchemaValidator) -> ValidationResult {
        let document: JSONDocument
        do {
            document = try JSONParser().parse(bytes)
        } catch {
            return ValidationResult(
                file: file,
                problems: [
                    Problem(
                        location: error.location, pointer: JSONPointer(), keyword: "syntax", schemaLocation: "",
                        message: error.message)
                ])
        }
        let lines = LineIndex(bytes)
        var problems = document.duplicateKeys.map { duplicate in
            Problem(
                location: lines.location(of: duplicate.secondOffset), pointer: duplicate.pointer,
                keyword: "duplicate-key", schemaLocation: "",
                message: Messages.duplicateKey(
                    duplicate.pointer.tokens.last ?? "", lines.location(of: duplicate.firstOffset)))
        }
        problems += validator.validate(document.root).map { error in
            Problem(
                location: lines.location(of: document.offset(of: error.instancePointer)),
                pointer: error.instancePointer,
                keyword: error.keyword, schemaLocation: error.keywordLocation, message: error.message)
        }
        problems.sort { $0.location < $1.location }
        return ValidationResult(file: file, problems: problems)
    }
}

/// The text and JSON output of `spbe validate`.
struct ValidationOutput {
    let results: [ValidationResult]
    let language: Language

    func text() -> String {
        var out = ""
        for result in results {
            if result.isValid {
                out += "\(result.file): \(Messages.validWord.text(language))\n"
            }
            for problem in result.problems {
                let pointer = problem.pointer.description.isEmpty ? "/" : problem.pointer.description
                out +=
                    "\(result.file):\(problem.location.line):\(problem.location.column): \(Messages.errorWord.text(language)): \(problem.message.text(language)) [\(problem.keyword)] \(Messages.atWord.text(language)) \(pointer)\n"
            }
        }
        let invalid = results.filter { !$0.isValid }.count
        out +=
            Messages.validationSummary(
                files: results.count, invalid: invalid, problems: results.map(\.problems.count).reduce(0, +)
            ).text(language) + "\n"
        return out
    }

    func json() -> OutputJSON {
        JSONEnvelope.object([
            ("valid", .bool(results.allSatisfy(\.isValid))),
            (
                "files",
                .array(
                    results.map { result in
                        .object([
                            ("file", .string(result.file)),
                            ("valid", .bool(result.isValid)),
                            (
                                "errors",
                                .array(
                                    result.problems.map { problem in
                                        .object([
                                            ("line", .int(problem.location.line)),
                                            ("column", .int(problem.location.column)),
                                            ("pointer", .string(problem.pointer.description)),
                                            ("keyword", .string(problem.keyword)),
                                            ("schemaLocation", .string(problem.schemaLocation)),
                                            ("message", .string(problem.message.text(language))),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }
}

import Foundation
import TestSupport
import Testing

@testable import SPBECore

/// "A new framework is one more file": no indicator id, fractional weight or band value of a built-in framework
/// appears in the tool's code. Comments may cite them; the illustrative Kota Contoh under `Example/` is a
/// repository's content (which agency owns which indicator, at which level), not logic, and is exempt.
struct FrameworksAreDataTests {
    static let frameworks = BuiltIn.frameworks

    @Test func everyBuiltInFrameworkFileParsesOnce() {
        #expect(BuiltIn.frameworks.map(\.id) == BuiltIn.frameworkFiles.keys.sorted())
        #expect(BuiltIn.framework("spbe-2020") === BuiltIn.frameworks.first { $0.id == "spbe-2020" })
    }

    /// `"I14"`-style literals and fractional numbers (`16.5`, `4.2`) that stand for a framework's data.
    static var forbidden: (ids: Set<String>, numbers: Set<Rational>) {
        var ids: Set<String> = []
        var numbers: Set<Rational> = []
        for framework in frameworks {
            ids.formUnion(framework.indicators.map(\.id))
            let values =
                framework.indicators.map(\.weight) + framework.groups.map(\.weight)
                + framework.bands.map(\.minimum)
            numbers.formUnion(values.filter { $0.denominator != 1 })
        }
        return (ids, numbers)
    }

    @Test func codeNamesNoIndicatorWeightOrBand() throws {
        let (ids, numbers) = Self.forbidden
        #expect(ids.count == 67 && !numbers.isEmpty)
        let sources = Paths.projectRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" && !$0.path.contains("/SPBECore/Example/") }
        #expect(files.count > 50)
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : String(line)
                for token in Self.tokens(code) {
                    let quoted = token.hasPrefix("\"") && token.hasSuffix("\"") && token.count > 2
                    let content = quoted ? String(token.dropFirst().dropLast()) : token
                    if ids.contains(content) || Self.decimal(content).map(numbers.contains) == true {
                        found.append("\(file.lastPathComponent):\(number + 1): \(token)")
                    }
                }
            }
        }
        #expect(found.isEmpty, "framework data in code: \(found)")
    }

    /// The value of a plain decimal literal such as `16.5`; nil for anything else.
    static func decimal(_ text: String) -> Rational? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        return Rational(JSONNumber(validatedLiteral: text))
    }

    /// String literals (escapes kept inside) and runs of digits and dots; enough to find literals.
    static func tokens(_ line: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in line {
            if quoted {
                current.append(character)
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    tokens.append(current)
                    current = ""
                    quoted = false
                }
            } else if character == "\"" {
                if !current.isEmpty { tokens.append(current) }
                current = "\""
                quoted = true
            } else if character.isNumber || character == "." {
                current.append(character)
            } else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            }
        }
        if !current.isEmpty && !quoted { tokens.append(current) }
        return tokens
    }
}

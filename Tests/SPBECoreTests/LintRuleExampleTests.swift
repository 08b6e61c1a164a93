import Foundation
import TestSupport
import Testing

@testable import SPBECore

/// Every rule's own examples, run through the real loader and linter over the example repository.
struct LintRuleExampleTests {
    static let marker = "1️⃣"

    /// Removes the markers, returning the clean text and where each marker stood.
    static func stripMarkers(_ text: String) -> (String, [SPBECore.SourceLocation]) {
        var bytes = Array(text.utf8)
        let mark = Array(marker.utf8)
        var locations: [SPBECore.SourceLocation] = []
        var index = 0
        while index + mark.count <= bytes.count {
            if Array(bytes[index..<index + mark.count]) == mark {
                bytes.removeSubrange(index..<index + mark.count)
                locations.append(SPBECore.SourceLocation(offset: index, in: bytes))
            } else {
                index += 1
            }
        }
        return (String(decoding: bytes, as: UTF8.self), locations)
    }

    static func load(_ files: [String: String]) throws -> (MemoryTree, LoadedRevision) {
        let tree = MemoryTree(files)
        return (tree, try AssessmentLoader(tree: tree, cache: BlobCache()).load())
    }

    static func findings(_ rule: any LintRule.Type, _ example: RuleExample) throws -> (
        [Finding], [String: [SPBECore.SourceLocation]]
    ) {
        var clean: [String: String] = [:]
        var markers: [String: [SPBECore.SourceLocation]] = [:]
        for (path, text) in ExampleRepository.files(example.files) {
            let (stripped, locations) = stripMarkers(text)
            clean[path] = stripped
            if !locations.isEmpty { markers[path] = locations }
        }
        let (tree, revision) = try load(clean)
        let baseFiles = example.base.map { ExampleRepository.files($0).mapValues { stripMarkers($0).0 } }
        let base = try baseFiles.map { try load($0).1 }
        // Each example commit takes its files from base to head, so its changed fields are theirs.
        let commits = example.commits.enumerated().map { index, commit in
            LintContext.CommitChanges(
                commit: String(repeating: String(index), count: 40), authorName: "Penguji", authorEmail: commit.author,
                paths: commit.paths,
                fields: Dictionary(
                    uniqueKeysWithValues: commit.paths.map { path in
                        (
                            path,
                            ChangedFields.between(
                                baseFiles?[path].map { Array($0.utf8) }, clean[path].map { Array($0.utf8) })
                        )
                    }), signature: example.signature)
        }
        let undone = example.undone.map { commit in
            LintContext.CommitChanges(
                commit: String(repeating: "f", count: 40), authorName: "Penguji", authorEmail: commit.author, paths: [],
                undone: Dictionary(uniqueKeysWithValues: commit.paths.map { ($0, ChangedFields.whole) }))
        }
        var context = LintContext(
            revision: revision, tree: tree, base: base, commits: commits + undone, strict: example.strict,
            today: example.today)
        context.untrackedPaths = example.untracked
        return (Linter.run(context, rules: [rule]), markers)
    }

    @Test(arguments: LintRules.all.map { $0.id })
    func examples(_ id: String) throws {
        let rule = try #require(LintRules.rule(id))
        #expect(rule.examples.contains { $0.triggers }, "\(id) needs an example that triggers it")
        #expect(rule.examples.contains { !$0.triggers }, "\(id) needs an example that does not trigger it")
        for (number, example) in rule.examples.enumerated() {
            let (found, markers) = try Self.findings(rule, example)
            #expect(found.allSatisfy { $0.rule == id })
            if example.triggers {
                #expect(!found.isEmpty, "\(id) example \(number) must trigger")
                for (path, locations) in markers {
                    let actual: [SPBECore.SourceLocation] = found.filter { $0.path == path }.compactMap { $0.location }
                    #expect(actual.sorted() == locations.sorted(), "\(id) example \(number) positions in \(path)")
                }
                var expected = rule.defaultSeverity
                if example.strict && expected == .warning { expected = .error }
                #expect(found.allSatisfy { $0.severity == expected })
            } else {
                #expect(found.isEmpty, "\(id) example \(number) must not trigger: \(found.map { $0.message.en })")
            }
        }
    }

    @Test func baselineIsClean() throws {
        let (tree, revision) = try Self.load(ExampleRepository.baseline)
        let found = Linter.run(LintContext(revision: revision, tree: tree, base: revision))
        #expect(found.isEmpty, "\(found.map { "\($0.rule): \($0.message.en)" })")
    }

    @Test func everyRuleFileIsRegistered() throws {
        let folder = Paths.projectRoot.appendingPathComponent("Sources/SPBECore/Lint/Rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix("Rule.swift")
        }.map { String($0.dropLast(6)) }
        let registered = Set(LintRules.all.map { String(describing: $0) })
        #expect(names.count == LintRules.all.count)
        for name in names { #expect(registered.contains(name), "\(name).swift is not in LintRules.all") }
        #expect(Set(LintRules.all.map { $0.id }).count == LintRules.all.count, "rule ids are unique")
    }

    /// Rules run in parallel except those reading files through the one repository handle: every rule whose
    /// source reads `context.tree` says so.
    @Test func rulesThatReadTheTreeSaySo() throws {
        let folder = Paths.projectRoot.appendingPathComponent("Sources/SPBECore/Lint/Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(files.filter { $0.hasSuffix("Rule.swift") }.count == LintRules.all.count)
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let reads = source.contains("context.tree")
            #expect(!reads || source.contains("static let readsTree = true"), "\(file)")
        }
        #expect(LintRules.all.filter { $0.readsTree }.map { $0.id } == ["evidence-path"])
    }
}

/// A command a finding asks the user to paste is one shell word per path.
struct PastableCommandTests {
    @Test func pathsAreQuotedWhenTheyNeedIt() {
        #expect(EvidenceUntrackedRule.shellWord("evidence/bappeda/sk-12.pdf") == "evidence/bappeda/sk-12.pdf")
        #expect(
            EvidenceUntrackedRule.shellWord("evidence/bappeda/laporan 2026.pdf")
                == "'evidence/bappeda/laporan 2026.pdf'")
        #expect(EvidenceUntrackedRule.shellWord("evidence/x/O'Brien.pdf") == #"'evidence/x/O'\''Brien.pdf'"#)
    }
}

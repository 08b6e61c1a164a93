import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// `spbe validate`: any JSON against any schema, from disk or from git, with positions and exit statuses.
struct ValidateCommandTests {
    @Test func fromTheFileSystemWithReferencedSchemas() throws {
        let folder = try GitFixture.temporaryFolder()
        let files: [String: String] = [
            "schemas/person.json":
                #"{"type": "object", "required": ["name"], "properties": {"name": {"$ref": "common/name.json"}, "age": {"type": "integer", "minimum": 0}}}"#,
            "schemas/common/name.json": #"{"type": "string", "minLength": 2}"#,
            "good.json": #"{"name": "Ani", "age": 30}"#,
            "bad.json": "{\"name\": \"A\",\n \"age\": -1}",
            "broken.json": "{\"name\": ",
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let good = CLI.run(
            ["validate", "--schema", "schemas/person.json", "--schema-dir", "schemas", "good.json"], in: folder)
        #expect(good.status == .success && good.stdout.hasPrefix("good.json: valid"))
        let bad = CLI.run(
            ["validate", "--schema", "schemas/person.json", "--schema-dir", "schemas", "bad.json", "broken.json"],
            in: folder)
        #expect(bad.status == .findings)
        #expect(bad.stdout.contains("bad.json:1:10: error: text is shorter than 2 characters [minLength] at /name"))
        #expect(bad.stdout.contains("bad.json:2:9: error: value must be at least 0 [minimum] at /age"))
        #expect(bad.stdout.contains("broken.json:1:10: error: unexpected end of file, expected a value [syntax]"))
        let json = CLI.run(
            ["validate", "--schema", "schemas/person.json", "--schema-dir", "schemas", "--format", "json", "bad.json"],
            in: folder)
        let document = try JSONParser().parse(Array(json.stdout.utf8)).root
        let errors = try #require(document["files"]?.elements?.first?["errors"]?.elements)
        #expect(errors.map { $0["keyword"]?.string } == ["minLength", "minimum"])
        #expect(errors.first?["schemaLocation"]?.string?.hasSuffix("common/name.json#/minLength") == true)
        let unreadable = CLI.run(["validate", "--schema", "schemas/person.json", "missing.json"], in: folder)
        #expect(unreadable.status == .failure && unreadable.stderr.contains("'missing.json' does not exist"))
        let unresolved = CLI.run(["validate", "--schema", "schemas/person.json", "good.json"], in: folder)
        #expect(unresolved.status == .findings && unresolved.stdout.contains("cannot be resolved"))
        #expect(CLI.run(["validate", "good.json"], in: folder).status == .usage)
        #expect(CLI.run(["validate", "--schema", "schemas/person.json"], in: folder).status == .usage)
    }

    @Test func fromAGitRevision() throws {
        let fixture = try CLI.exampleRepository()
        let run = CLI.run(
            [
                "validate", "--rev", "HEAD", "--schema", "schemas/framework.schema.json",
                "schemas/frameworks/spbe-2020.json",
            ], in: fixture.path)
        #expect(run.status == .success, "\(run.stdout)\(run.stderr)")
        try fixture.write(["schemas/frameworks/spbe-2020.json": "{}"])
        #expect(
            CLI.run(
                [
                    "validate", "--rev", "HEAD", "--schema", "schemas/framework.schema.json",
                    "schemas/frameworks/spbe-2020.json",
                ], in: fixture.path
            ).status == .success, "reads the commit, not the working tree")
        #expect(
            CLI.run(
                ["validate", "--rev", "HEAD", "--schema", "schemas/framework.schema.json", "nope.json"],
                in: fixture.path
            ).status == .failure)
    }
}

import Foundation
import GitStore
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// `spbe init`: a usable new repository, the example history, and this repository's own example data.
struct InitCommandTests {
    @Test func plainRepositoryLintsAndScores() throws {
        let folder = try GitFixture.temporaryFolder() + "/Kota Baru"
        let run = CLI.run(
            ["init", folder, "--coordinator-name", "Tim Koordinasi", "--coordinator-email", "tim@kota-baru.go.id"],
            now: ExampleHistory.epoch(year: 2027, month: 3, day: 1))
        #expect(run.status == .success, "\(run.stderr)")
        let lint = CLI.run(["lint"], in: folder)
        #expect(lint.status == .success, "\(lint.stdout)")
        #expect(lint.stdout.contains("scope-incomplete"))
        #expect(try InitCommand.currentFramework(year: "2025").id == "spbe-2020")
        #expect(try InitCommand.currentFramework(year: "2027").id == "pemdi-2026")
        #expect(
            CLI.run(["score", "--format", "csv"], in: folder).stdout.contains(
                "kota-baru,Pemerintah Kota Baru,pemdi-2026,2027,0.00,0,Kurang,false,0"))
        #expect(Templates.instansiName("kabupaten-lama") == "Pemerintah Kabupaten Lama")
        #expect(Templates.category("kabupaten-lama") == "kabupaten" && Templates.category("kota-baru") == "kota")
        #expect(
            Templates.category("prov-jaya") == "provinsi"
                && Templates.instansiName("prov-jaya") == "Pemerintah Provinsi Jaya")
        for file in [
            "README.md", ".github/workflows/spbe.yml", ".gitlab-ci.yml", ".pre-commit-config.yaml",
            "schemas/frameworks/spbe-2020.json", "schemas/frameworks/pemdi-2026.json",
        ] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + file), "\(file)")
        }
        let status = try GitFixture(existing: folder, owned: false).git(["status", "--porcelain"])
        #expect(status.isEmpty, "the working tree matches the commit: \(status)")
        #expect(
            CLI.run(["init", folder, "--coordinator-email", "a@b.go.id"]).status == .failure,
            "refuses a non-empty folder")
        #expect(CLI.run(["init", folder + "3", "--coordinator-email", "not an email"]).status == .usage)
        #expect(CLI.run(["init", folder + "2", "--scope", "Bad Id"]).status == .usage)
        #expect(CLI.run(["init"]).status == .usage)
    }

    /// `--name` and `--category` are written as given; the placeholder maintainer is marked and lint warns until
    /// it is replaced.
    @Test func nameCategoryAndPlaceholder() throws {
        let folder = try GitFixture.temporaryFolder() + "/kab-lama"
        let run = CLI.run([
            "init", folder, "--name", "Pemerintah Kabupaten Lama Raya", "--category", "kabupaten",
            "--coordinator-email", "tim@kablama.go.id",
        ])
        #expect(run.status == .success, "\(run.stderr)")
        let manifest = try String(contentsOfFile: folder + "/assessments/kab-lama/instansi.json", encoding: .utf8)
        #expect(manifest.contains("\"name\": \"Pemerintah Kabupaten Lama Raya\""))
        #expect(manifest.contains("\"category\": \"kabupaten\""))
        #expect(manifest.contains(Templates.placeholderMaintainer))
        let lint = CLI.run(["lint"], in: folder)
        #expect(lint.status == .success && lint.stdout.contains("maintainer-placeholder"), "\(lint.stdout)")
        try manifest.replacingOccurrences(of: Templates.placeholderMaintainer, with: "kominfo@kablama.go.id")
            .write(toFile: folder + "/assessments/kab-lama/instansi.json", atomically: true, encoding: .utf8)
        #expect(!CLI.run(["lint", "--worktree"], in: folder).stdout.contains("maintainer-placeholder"))
        #expect(CLI.run(["init", folder + "2", "--category", "desa"]).status == .usage)
    }

    @Test func exampleHasFourTaggedCyclesAcrossTheFrameworkChange() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let log = CLI.run(["log", "--format", "csv"], in: folder).stdout.split(separator: "\n")
        #expect(log.count == 5)
        #expect(log[1].contains(",cycle/2022,") && log[1].contains(",2.83,283/100,Baik,spbe-2020,true,"))
        #expect(log[2].contains(",cycle/2023,") && log[2].contains(",3.42,683/200,Baik,spbe-2020,true,"))
        #expect(log[3].contains(",cycle/2024,") && log[3].contains(",3.85,3849/1000,Sangat Baik,spbe-2020,true,"))
        #expect(
            log[4].contains(",cycle/2026,") && log[4].hasSuffix(",2.87,28657/10000,Baik,pemdi-2026,true,"),
            "no change across the switch: \(log[4])")
        let score2024 = CLI.run(["score", "--rev", "2024", "--format", "csv"], in: folder).stdout
        #expect(score2024.hasSuffix(",4.80,3.70,2.36,4.20,\n"), "Kota Pekanbaru 2024 (no predikat note): \(score2024)")
        for cycle in ["cycle/2022", "cycle/2023", "cycle/2024", "cycle/2026"] {
            let lint = CLI.run(["lint", "--rev", cycle], in: folder)
            #expect(
                lint.status == .success && lint.stdout.hasPrefix("0 error(s), 0 warning(s)"), "\(cycle): \(lint.stdout)"
            )
        }
        let authors = try GitFixture(existing: folder, owned: false).git(["log", "--format=%ae"]).split(separator: "\n")
        #expect(Set(authors).count == 13, "every agency commits its own file, the coordinator the rest")
        let ownership = CLI.run(["lint", "--base", "cycle/2022"], in: folder)
        #expect(
            ownership.stdout.contains("error(s)") && !ownership.stdout.contains("unauthorized-change"),
            "\(ownership.stdout)")
    }

    /// `assessments/` and `evidence/` of this repository are the example's 2023 cycle, byte for byte.
    @Test func projectExampleIsTheGeneratorsCycle2023() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let repository = try Repository(discoveringFrom: folder)
        let cycle = try repository.resolveCommit("cycle/2023")
        for top in ["assessments", "evidence"] {
            let generated = try repository.entries(at: cycle, under: top)
            var project: [String] = []
            let root = Paths.projectRoot.appendingPathComponent(top).path
            for case let relative as String in FileManager.default.enumerator(atPath: root) ?? FileManager.default
                .enumerator(atPath: "/")!
            {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder),
                    !isFolder.boolValue
                {
                    project.append(top + "/" + relative)
                }
            }
            #expect(
                Set(generated.map(\.path)) == Set(project),
                "\(top): regenerate with spbe init --example and copy cycle/2023")
            for entry in generated {
                let bytes = try repository.blob(entry.id)
                let file = try Paths.bytes(Paths.projectRoot.appendingPathComponent(entry.path))
                #expect(bytes == file, "\(entry.path) differs from the generator")
            }
        }
    }
}

/// The README shows exactly the CI files `init` writes.
struct CIFilesInTheREADMETests {
    @Test func theREADMEShowsTheFilesInitWrites() throws {
        let readme = try String(contentsOf: Paths.projectRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for (heading, file) in [
            ("#### GitHub Actions", Scaffold.githubWorkflow(.en)), ("#### GitLab CI", Scaffold.gitlabCI(.en)),
        ] {
            let section = try #require(readme.range(of: heading)).upperBound
            let start = try #require(readme.range(of: "```yaml\n", range: section..<readme.endIndex)).upperBound
            let end = try #require(readme.range(of: "```\n", range: start..<readme.endIndex)).lowerBound
            #expect(String(readme[start..<end]) == file, "\(heading): re-copy it from 'spbe --lang en init'")
        }
        #expect(Scaffold.githubWorkflow(.id).contains("'id_ID.UTF-8'"))
    }
}

/// check-jsonschema (PyPI), which knows the GitHub and GitLab CI schemas; nil when not installed.
enum CIChecker {
    static let path: String? = {
        let found = [
            "/usr/local/bin", "/usr/bin", NSHomeDirectory() + "/.local/bin", NSHomeDirectory() + "/.pyenv/shims",
        ].map { $0 + "/check-jsonschema" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        if found == nil {
            print("notice: check-jsonschema not found (pip install check-jsonschema); the CI file checks are skipped")
        }
        return found
    }()
}

/// The CI files `init` writes are valid for their forges.
@Suite(.enabled(if: CIChecker.path != nil, "check-jsonschema is not installed"))
struct CIFilesTests {
    @Test func workflowsValidateAndInstallSpbe() throws {
        let folder = try GitFixture.temporaryFolder() + "/kota"
        #expect(CLI.run(["init", folder, "--coordinator-email", "tim@kota.go.id"]).status == .success)
        for (file, schema) in [
            (".github/workflows/spbe.yml", "vendor.github-workflows"), (".gitlab-ci.yml", "vendor.gitlab-ci"),
        ] {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            #expect(text.contains("sha256sum -c") && text.contains("scripts/release.sh"))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CIChecker.path!)
            process.arguments = ["--builtin-schema", schema, folder + "/" + file]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(file) against \(schema)")
        }
    }
}

import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// `agency add`, `scope add` and `evidence add` on an agency with no file: the coordinator's and an agency's first
/// steps are one command each, and a write the local identity could not commit is warned about at once.
struct ManifestEditingTests {
    static let coordinator = ["GIT_AUTHOR_EMAIL": "tim@kota-baru.go.id"]

    /// A new Pemdi city whose coordinator is tim@kota-baru.go.id; all 20 indicators with diskominfo.
    static func newCity() throws -> String {
        let folder = try GitFixture.temporaryFolder() + "/kota-baru"
        #expect(CLI.run(["init", folder, "--coordinator-email", "tim@kota-baru.go.id"]).status == .success)
        return folder
    }

    static func manifest(_ folder: String, _ scope: String = "kota-baru") throws -> Manifest {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/assessments/\(scope)/instansi.json"))
        return try #require(Manifest(try JSONParser().parse(Array(bytes)).root))
    }

    @Test func agencyAddSharesOutIndicatorsAndCreatesTheFile() throws {
        let folder = try Self.newCity()
        let add = CLI.run(
            [
                "agency", "add", "bappeda", "--name", "Badan Perencanaan Pembangunan Daerah", "--maintainer",
                "admin@bappeda.kota-baru.go.id", "--indicators", "P05,P06",
            ], in: folder, environment: Self.coordinator)
        #expect(add.status == .success, "\(add.stderr)")
        #expect(add.stdout.contains("it now owns P05 (diskominfo), P06 (diskominfo)"))
        #expect(add.stderr.isEmpty, "the coordinator may edit the manifest: \(add.stderr)")
        let manifest = try Self.manifest(folder)
        #expect(manifest.agency("bappeda")?.indicators == ["P05", "P06"])
        #expect(manifest.agency("bappeda")?.maintainers == ["admin@bappeda.kota-baru.go.id"])
        #expect(manifest.agency("diskominfo")?.indicators.contains("P05") == false)
        let file = try String(contentsOfFile: folder + "/assessments/kota-baru/bappeda.json", encoding: .utf8)
        #expect(file.contains("\"agency\": \"bappeda\"") && file.contains("\"cycle\": \"2026\""))
        let lint = CLI.run(["lint", "--worktree"], in: folder)
        #expect(lint.status == .success && !lint.stdout.contains(": error:"), "\(lint.stdout)")

        // An entry the old owner had assessed moves with its indicator.
        let diskominfo = folder + "/assessments/kota-baru/diskominfo.json"
        try Data(
            #"{"agency": "diskominfo", "cycle": "2026", "indicators": {"P07": {"level": 2.5, "explanation": "Fakta: ada.", "evidence": [{"title": "Portal", "kind": "url", "url": "https://kota-baru.go.id"}]}}}"#
                .utf8
        ).write(to: URL(fileURLWithPath: diskominfo))
        let move = CLI.run(
            [
                "agency", "add", "dinkes", "--name", "Dinas Kesehatan", "--maintainer", "a@dinkes.go.id",
                "--indicators", "P07",
            ],
            in: folder, environment: Self.coordinator)
        #expect(move.status == .success && move.stdout.contains("the assessed entries of P07 moved"), "\(move.stderr)")
        let dinkes = try String(contentsOfFile: folder + "/assessments/kota-baru/dinkes.json", encoding: .utf8)
        #expect(dinkes.contains("\"level\": 2.5"))
        #expect(!(try String(contentsOfFile: diskominfo, encoding: .utf8)).contains("P07"))
        #expect(!CLI.run(["lint", "--worktree"], in: folder).stdout.contains(": error:"))
    }

    @Test func agencyAddRefusals() throws {
        let folder = try Self.newCity()
        func run(_ arguments: [String]) -> CLI.Result {
            CLI.run(["agency", "add"] + arguments, in: folder, environment: Self.coordinator)
        }
        #expect(run(["diskominfo", "--name", "X", "--maintainer", "a@b.go.id"]).stderr.contains("already has agency"))
        let typo = run(["dinkes", "--name", "X", "--maintainer", "a@b.go.id", "--indicators", "P6"])
        #expect(typo.status == .failure && typo.stderr.contains("did you mean 'P06'?"))
        #expect(run(["Dinas_Kesehatan", "--name", "X", "--maintainer", "a@b.go.id"]).status == .usage)
        #expect(run(["dinkes", "--maintainer", "a@b.go.id"]).stderr.contains("--name NAME is required"))
        #expect(run(["dinkes", "--name", "X"]).stderr.contains("--maintainer EMAIL is required"))
        #expect(run(["dinkes", "--name", "X", "--maintainer", "not an email"]).status == .usage)
        let status = try GitFixture(existing: folder, owned: false).git(["status", "--porcelain"])
        #expect(status.isEmpty, "a refusal writes nothing: \(status)")
        let agency = CLI.run(
            ["agency", "add", "dinkes", "--name", "X", "--maintainer", "a@b.go.id"], in: folder,
            environment: ["GIT_AUTHOR_EMAIL": "admin@bappeda.go.id"])
        #expect(agency.status == .success && agency.stderr.contains("admin@bappeda.go.id is not a coordinator"))
    }

    @Test func scopeAddKeepsTheFrameworkAndCycle() throws {
        let folder = try Self.newCity()
        let add = CLI.run(["scope", "add", "kabupaten-lama"], in: folder, environment: Self.coordinator)
        #expect(add.status == .success, "\(add.stderr)")
        let manifest = try Self.manifest(folder, "kabupaten-lama")
        #expect(manifest.name == "Pemerintah Kabupaten Lama" && manifest.category == "kabupaten")
        #expect(manifest.framework == "pemdi-2026" && manifest.cycle.id == "2026")
        #expect(manifest.coordinatorMaintainers == ["tim@kota-baru.go.id"])
        let named = CLI.run(
            ["scope", "add", "kab-hulu", "--name", "Pemerintah Kabupaten Hulu Sungai", "--category", "kabupaten"],
            in: folder, environment: Self.coordinator)
        #expect(named.status == .success)
        #expect(try Self.manifest(folder, "kab-hulu").name == "Pemerintah Kabupaten Hulu Sungai")
        #expect(
            CLI.run(["score", "--worktree", "--format", "csv"], in: folder).stdout.split(separator: "\n").count == 4)
        #expect(CLI.run(["scope", "add", "kabupaten-lama"], in: folder).stderr.contains("already exists"))
        // An agency adding a scope is warned, even when a scope it added itself names it coordinator.
        let agency = ["GIT_AUTHOR_EMAIL": "b@kota-baru.go.id"]
        #expect(
            CLI.run(["scope", "add", "kab-a"], in: folder, environment: agency).stderr.contains("is not a coordinator"))
        #expect(
            CLI.run(["scope", "add", "kab-b"], in: folder, environment: agency).stderr.contains("is not a coordinator"))
        #expect(CLI.run(["scope", "add", "Kab Lama"], in: folder).status == .usage)
        let several = CLI.run(["agency", "add", "dinkes", "--name", "X", "--maintainer", "a@b.go.id"], in: folder)
        #expect(several.status == .usage && several.stderr.contains("choose one with --scope"))
    }

    @Test func evidenceAddOnAnAgencyWithNoFile() throws {
        let folder = try Self.newCity()
        let manifestPath = folder + "/assessments/kota-baru/instansi.json"
        let shared = try String(contentsOfFile: manifestPath, encoding: .utf8).replacingOccurrences(
            of: "\"agencies\": {",
            with: """
                "agencies": {
                    "bappeda": {"name": "Bappeda", "maintainers": ["admin@bappeda.go.id"], "indicators": ["P05"]},
                """
        ).replacingOccurrences(of: "\"P05\",\n", with: "")
        try shared.write(toFile: manifestPath, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/evidence/bappeda", withIntermediateDirectories: true)
        try Data("SK\n".utf8).write(to: URL(fileURLWithPath: folder + "/evidence/bappeda/sk.pdf"))
        let add = CLI.run(
            ["evidence", "add", "kota-baru/P05", "evidence/bappeda/sk.pdf"], in: folder,
            environment: ["GIT_AUTHOR_EMAIL": "admin@bappeda.go.id"])
        #expect(add.status == .success, "\(add.stderr)")
        #expect(add.stdout.contains("did not exist yet: created from the template"))
        #expect(add.stdout.contains("'P05' has no level or explanation yet"))
        #expect(add.stderr.isEmpty, "bappeda's own admin: \(add.stderr)")
        let file = try String(contentsOfFile: folder + "/assessments/kota-baru/bappeda.json", encoding: .utf8)
        #expect(file.contains("\"agency\": \"bappeda\"") && file.contains("evidence/bappeda/sk.pdf"))
        let lint = CLI.run(["lint", "--worktree"], in: folder).stdout
        #expect(lint.contains("missing required key 'level'"), "lint says what is left: \(lint)")

        try Data("Notulen\n".utf8).write(to: URL(fileURLWithPath: folder + "/evidence/bappeda/notulen.pdf"))
        let other = CLI.run(
            ["--lang", "id", "evidence", "add", "kota-baru/P05", "evidence/bappeda/notulen.pdf"], in: folder,
            environment: ["GIT_AUTHOR_EMAIL": "admin@diskominfo.go.id"])
        #expect(other.status == .success)
        #expect(other.stderr.contains("admin@diskominfo.go.id bukan pengelola 'bappeda' dan bukan koordinator"))
        try Data("SK 2\n".utf8).write(to: URL(fileURLWithPath: folder + "/evidence/bappeda/sk2.pdf"))
        let nobody = CLI.run(["evidence", "add", "kota-baru/P05", "evidence/bappeda/sk2.pdf"], in: folder)
        #expect(nobody.stderr.contains("git does not know who you are"))
        let twice = CLI.run(["evidence", "add", "kota-baru/P05", "evidence/bappeda/sk2.pdf"], in: folder)
        #expect(twice.status == .failure && twice.stderr.contains("is already evidence of P05"), "\(twice.stderr)")
    }

    /// `agency set`: the placeholder maintainer replaced, and an indicator moved between existing agencies with its
    /// entry, by command.
    @Test func agencySetReplacesThePlaceholderAndMovesIndicators() throws {
        let folder = try Self.newCity()
        let lint = CLI.run(["lint"], in: folder).stdout
        #expect(lint.contains("'spbe agency set diskominfo --maintainer EMAIL' does it"), "\(lint)")
        let set = CLI.run(
            ["agency", "set", "diskominfo", "--maintainer", "kominfo@kota-baru.go.id"], in: folder,
            environment: Self.coordinator)
        #expect(set.status == .success && set.stdout.contains("changed agency 'diskominfo'"), "\(set.stderr)")
        #expect(try Self.manifest(folder).agency("diskominfo")?.maintainers == ["kominfo@kota-baru.go.id"])
        #expect(!CLI.run(["lint", "--worktree"], in: folder).stdout.contains("maintainer-placeholder"))

        _ = CLI.run(
            [
                "agency", "add", "bappeda", "--name", "Bappeda", "--maintainer", "b@kota-baru.go.id", "--indicators",
                "P05,P08",
            ],
            in: folder, environment: Self.coordinator)
        let bappeda = folder + "/assessments/kota-baru/bappeda.json"
        try Data(
            #"{"agency": "bappeda", "cycle": "2026", "indicators": {"P08": {"level": 1, "explanation": "Fakta."}}}"#
                .utf8
        ).write(to: URL(fileURLWithPath: bappeda))
        // P08 was a typo: it goes back to diskominfo, with bappeda's entry.
        let back = CLI.run(
            ["agency", "set", "diskominfo", "--indicators", "P08"], in: folder, environment: Self.coordinator)
        #expect(back.status == .success && back.stdout.contains("it now owns P08 (bappeda)"), "\(back.stderr)")
        #expect(try Self.manifest(folder).agency("bappeda")?.indicators == ["P05"])
        #expect(try Self.manifest(folder).ownerID(of: "P08") == "diskominfo")
        let diskominfo = try String(contentsOfFile: folder + "/assessments/kota-baru/diskominfo.json", encoding: .utf8)
        let bappedaNow = try String(contentsOfFile: bappeda, encoding: .utf8)
        #expect(diskominfo.contains("\"P08\"") && !bappedaNow.contains("P08"))
        #expect(!CLI.run(["lint", "--worktree"], in: folder).stdout.contains(": error:"))
        #expect(
            CLI.run(["agency", "set", "dinkes", "--name", "X"], in: folder).stderr.contains("spbe agency add dinkes"))
        #expect(CLI.run(["agency", "set", "bappeda"], in: folder).status == .usage, "nothing to set")
        let same = CLI.run(
            ["agency", "set", "bappeda", "--indicators", "P05"], in: folder, environment: Self.coordinator)
        #expect(same.status == .success && same.stdout.contains("nothing changed: P05 already belong to 'bappeda'"))
    }

    /// A csv can name another agency's indicator: the import writes it (the file is the coordinator's to judge)
    /// but says at once that CI will refuse it.
    @Test func importWarnsWhenTheIdentityCannotCommitIt() throws {
        let folder = try Self.newCity()
        _ = CLI.run(
            [
                "agency", "add", "bappeda", "--name", "Bappeda", "--maintainer", "b@kota-baru.go.id", "--indicators",
                "P05",
            ],
            in: folder, environment: Self.coordinator)
        let csv = folder + "/../bappeda.csv"
        let exported = CLI.run(["export", "--agency", "bappeda", "--worktree", "--out", csv], in: folder)
        #expect(exported.status == .success, "\(exported.stderr)")
        var rows = try String(contentsOfFile: csv, encoding: .utf8)
        // bappeda's row rewritten as diskominfo's P19, with a level and an explanation.
        rows = rows.replacingOccurrences(
            of: #"\nP05,([^,]*),([^,]*),,,"#, with: "\nP19,$1,$2,1,Fakta.,", options: .regularExpression)
        try rows.write(toFile: csv, atomically: true, encoding: .utf8)
        let run = CLI.run(
            ["import", csv, "--scope", "kota-baru"], in: folder, environment: ["GIT_AUTHOR_EMAIL": "b@kota-baru.go.id"])
        #expect(run.status == .success && run.stdout.contains("diskominfo: P19"), "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("b@kota-baru.go.id is neither a maintainer of 'diskominfo' nor a coordinator"))
    }

    /// A symlink committed where an agency's file would be never carries a write outside the repository: the
    /// commands that create files refuse before writing anything.
    @Test func aSymlinkInPlaceOfAnAgencyFileIsRefused() throws {
        let folder = try Self.newCity()
        let outside = try GitFixture.temporaryFolder() + "/target.txt"
        try Data("untouched\n".utf8).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/assessments/kota-baru/bappeda.json", withDestinationPath: outside)
        let manifest = try String(contentsOfFile: folder + "/assessments/kota-baru/instansi.json", encoding: .utf8)
        let add = CLI.run(
            ["agency", "add", "bappeda", "--name", "B", "--maintainer", "b@kota-baru.go.id", "--indicators", "P05"],
            in: folder, environment: Self.coordinator)
        #expect(add.status == .failure && add.stderr.contains("is a symlink"), "\(add.stderr)")
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "untouched\n")
        #expect(
            try String(contentsOfFile: folder + "/assessments/kota-baru/instansi.json", encoding: .utf8) == manifest)
        // A dangling link where the new scope's folder goes: nothing there "exists", yet it is no folder of ours.
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/assessments/kabupaten-lama", withDestinationPath: outside + ".folder")
        let scope = CLI.run(["scope", "add", "kabupaten-lama"], in: folder, environment: Self.coordinator)
        #expect(scope.status == .failure && scope.stderr.contains("is a symlink"), "\(scope.stderr)")
        #expect(!FileManager.default.fileExists(atPath: outside + ".folder"))
    }
}

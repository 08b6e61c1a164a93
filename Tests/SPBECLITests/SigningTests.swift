import Foundation
import SPBECore
import TestSupport
import Testing

@testable import SPBECLI

/// Signed commits verified against the keys the manifests at base list, with real ed25519 keys made by ssh-keygen.
@Suite(.enabled(if: SigningKeys.sshKeygen != nil, "ssh-keygen is not installed (openssh-client)"))
struct SigningTests {
    static let bappeda = "assessments/kota-contoh/bappeda.json"
    static let manifest = "assessments/kota-contoh/instansi.json"
    static let bappedaAdmin = GitFixture.Author("Admin Bappeda", "spbe.bappeda@kotacontoh.go.id")
    static let dinkesAdmin = GitFixture.Author("Admin Dinkes", "spbe.dinkes@kotacontoh.go.id")
    static let coordinator = GitFixture.Author("Tim Koordinasi SPBE", "tim.spbe@kotacontoh.go.id")

    /// The example history, then a coordinator's commit listing keys (and requiring signatures).
    static func repository(keys: [String: String], required: Bool = true) throws -> (String, GitFixture) {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let fixture = GitFixture(existing: folder)
        try fixture.commit("Kunci", author: coordinator, files: [manifest: try withKeys(folder, keys, required)])
        return (folder, fixture)
    }

    static func withKeys(_ folder: String, _ keys: [String: String], _ required: Bool) throws -> String {
        let text = try String(contentsOfFile: folder + "/" + manifest, encoding: .utf8)
        let list = keys.map { "\"\($0.key)\": [\"\($0.value)\"]" }.joined(separator: ", ")
        return text.replacingOccurrences(
            of: "\n  \"agencies\": {",
            with: "\n  \"signing\": {\"required\": \(required), \"keys\": {\(list)}},\n  \"agencies\": {")
    }

    /// Bappeda's file with P05 at a new value, committed by `author`, signed with `key` (nil: unsigned).
    static func change(_ fixture: GitFixture, _ value: String, author: GitFixture.Author, key: String?) throws {
        let text = try String(contentsOfFile: fixture.path + "/" + bappeda, encoding: .utf8)
        let changed = text.replacingOccurrences(
            of: #""P05": \{\n      "level": [0-9.]+,"#, with: "\"P05\": {\n      \"level\": \(value),",
            options: .regularExpression)
        try Data(changed.utf8).write(to: URL(fileURLWithPath: fixture.path + "/" + bappeda))
        try fixture.git(["add", "-A"])
        let sign = key.map { ["-c", "gpg.format=ssh", "-c", "user.signingkey=\($0)"] } ?? []
        try fixture.git(sign + ["commit", "-q", "-m", "P05 \(value)"] + (key == nil ? [] : ["-S"]), author: author)
    }

    static func lint(_ folder: String, environment: [String: String] = [:]) -> CLI.Result {
        CLI.run(["lint", "--base", "HEAD~1", "--format", "json"], in: folder, environment: environment)
    }

    @Test func goodUnsignedForgedAndRequiredOrNot() throws {
        let keys = try SigningKeys()
        let (folder, fixture) = try Self.repository(keys: [
            Self.bappedaAdmin.email: keys.publicKey("bappeda"), Self.dinkesAdmin.email: keys.publicKey("dinkes"),
        ])
        try Self.change(fixture, "3.75", author: Self.bappedaAdmin, key: keys.privateKey("bappeda"))
        #expect(!Self.lint(folder).stdout.contains("signature-"), "a good signature by a listed key of the owner")

        try Self.change(fixture, "3.5", author: Self.bappedaAdmin, key: nil)
        let unsigned = Self.lint(folder)
        #expect(unsigned.status == .findings && unsigned.stdout.contains("is not signed"))
        #expect(
            unsigned.stdout.contains("\"rule\": \"signature-required\"") && unsigned.stdout.contains("\"commit\": \""))

        // Bappeda's email as author, but Dinkes's key: the key proves who it was.
        try Self.change(fixture, "3.25", author: Self.bappedaAdmin, key: keys.privateKey("dinkes"))
        let forged = Self.lint(folder).stdout
        #expect(
            forged.contains(
                "is signed by spbe.dinkes@kotacontoh.go.id's key, but 'assessments/kota-contoh/bappeda.json' may be changed only by maintainers of 'bappeda'"
            ), "\(forged)")

        let missing = Self.lint(folder, environment: ["PATH": "/nonexistent"]).stdout
        #expect(missing.contains("'ssh-keygen' is not installed; install the 'openssh-client' package"))
    }

    @Test func keysCountFromBaseOnly() throws {
        let keys = try SigningKeys()
        let (folder, fixture) = try Self.repository(keys: [Self.dinkesAdmin.email: keys.publicKey("dinkes")])
        // A key added in the same change does not count.
        let text = try String(contentsOfFile: folder + "/" + Self.manifest, encoding: .utf8)
        let granted = text.replacingOccurrences(
            of: "\"keys\": {", with: "\"keys\": {\"\(Self.bappedaAdmin.email)\": [\"\(keys.publicKey("bappeda"))\"], ")
        try Data(granted.utf8).write(to: URL(fileURLWithPath: folder + "/" + Self.manifest))
        try Self.change(fixture, "3.75", author: Self.bappedaAdmin, key: keys.privateKey("bappeda"))
        let selfGranted = Self.lint(folder).stdout
        #expect(selfGranted.contains("is signed by a key no manifest at base lists"), "\(selfGranted)")
        // A key removed at base (revoked) no longer counts either.
        let (revokedFolder, revoked) = try Self.repository(keys: [Self.dinkesAdmin.email: keys.publicKey("dinkes")])
        try Self.change(revoked, "3.75", author: Self.bappedaAdmin, key: keys.privateKey("bappeda"))
        #expect(Self.lint(revokedFolder).stdout.contains("is signed by a key no manifest at base lists"))
    }

    @Test func malformedSignatureAndWarningsWhenNotRequired() throws {
        let keys = try SigningKeys()
        let (folder, fixture) = try Self.repository(
            keys: [Self.bappedaAdmin.email: keys.publicKey("bappeda")], required: false)
        try Self.change(fixture, "3.75", author: Self.bappedaAdmin, key: keys.privateKey("bappeda"))
        // Break one character of the signature and put the commit back.
        let raw = try fixture.git(["cat-file", "commit", "HEAD"])
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let broken = lines.enumerated().map { index, line in
            index > 0 && lines[index - 1].contains("BEGIN SSH SIGNATURE") ? "A" + line.dropFirst() : line
        }.joined(separator: "\n")
        let file = fixture.path + "/../broken-commit"
        try Data(broken.utf8).write(to: URL(fileURLWithPath: file))
        let id = try fixture.git(["hash-object", "-t", "commit", "-w", file]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        try fixture.git(["reset", "-q", "--soft", id])
        let lint = Self.lint(folder)
        #expect(
            lint.stdout.contains("\"rule\": \"signature-advised\"") && lint.stdout.contains("\"severity\": \"warning\"")
        )
        #expect(
            lint.stdout.contains("has a signature that does not verify") && lint.status == .success, "\(lint.stdout)")
    }

    @Test func cycleTagsAreSignedByACoordinator() throws {
        let keys = try SigningKeys()
        // The coordinator's key is "dinkes" here: any ed25519 key will do.
        let (folder, fixture) = try Self.repository(keys: [
            Self.coordinator.email: keys.publicKey("dinkes"), Self.bappedaAdmin.email: keys.publicKey("bappeda"),
        ])
        let sign = { (key: String) in ["-c", "gpg.format=ssh", "-c", "user.signingkey=\(keys.privateKey(key))"] }
        try fixture.git(sign("dinkes") + ["tag", "-s", "cycle/2027", "-m", "Siklus 2027"], author: Self.coordinator)
        try fixture.git(sign("bappeda") + ["tag", "-s", "cycle/2028", "-m", "Siklus 2028"], author: Self.bappedaAdmin)
        try fixture.git(["tag", "cycle/2029"])
        let good = CLI.run(["verify", "cycle/2027"], in: folder)
        #expect(good.status == .success && good.stdout.contains("✓ signed by tim.spbe@kotacontoh.go.id, a coordinator"))
        let all = CLI.run(["verify", "2028", "2029"], in: folder)
        #expect(all.status == .findings && all.stdout.contains("who is not a coordinator"))
        #expect(all.stdout.contains("a lightweight tag; tag cycles with 'git tag -s'"))
        let log = CLI.run(["log", "--format", "json"], in: folder).stdout
        #expect(log.contains("\"revision\": \"cycle/2027\"") && log.contains("\"tagVerified\": true"))
        #expect(log.contains("\"tagVerified\": false"), "the old cycles' tags are not signed")
        #expect(CLI.run(["verify", "2029", "--allow-unsigned"], in: folder).status == .success)
        #expect(CLI.run(["verify", "2028", "--allow-unsigned"], in: folder).status == .findings)
    }

    @Test func tagsAreCheckedAgainstTrustedKeysAndTheirOwnName() throws {
        let keys = try SigningKeys()
        let (folder, fixture) = try Self.repository(keys: [
            Self.coordinator.email: keys.publicKey("dinkes"), Self.bappedaAdmin.email: keys.publicKey("bappeda"),
        ])
        let sign = { (key: String) in ["-c", "gpg.format=ssh", "-c", "user.signingkey=\(keys.privateKey(key))"] }
        // On a branch, Bappeda makes itself a coordinator and signs a cycle tag there.
        try fixture.git(["checkout", "-q", "-b", "usulan"])
        let manifest = try String(contentsOfFile: folder + "/" + Self.manifest, encoding: .utf8)
        try fixture.commit(
            "Koordinator", author: Self.bappedaAdmin,
            files: [
                Self.manifest: manifest.replacingOccurrences(
                    of: "\"maintainers\": [\n      \"tim.spbe@", with: "\"maintainers\": [\n      \"spbe.bappeda@")
            ])
        try fixture.git(sign("bappeda") + ["tag", "-s", "cycle/2027", "-m", "Siklus 2027"], author: Self.bappedaAdmin)
        let forged = CLI.run(["verify", "cycle/2027"], in: folder)
        #expect(forged.status == .findings && forged.stdout.contains("who is not a coordinator"), "\(forged.stdout)")
        #expect(forged.stdout.contains("'refs/heads/main'"))
        let log = CLI.run(["log", "--format", "json", "--rev", "usulan"], in: folder).stdout
        #expect(log.contains("\"tagVerified\": false") && !log.contains("\"tagVerified\": true"), "\(log)")
        // Trusting the branch itself is what --keys-from usulan says, and only then does it pass.
        #expect(CLI.run(["verify", "cycle/2027", "--keys-from", "usulan"], in: folder).status == .success)
        // A coordinator's signed tag reused under another name is refused.
        try fixture.git(["checkout", "-q", "main"])
        try fixture.git(sign("dinkes") + ["tag", "-s", "cycle/2030", "-m", "Siklus 2030"], author: Self.coordinator)
        #expect(CLI.run(["verify", "cycle/2030"], in: folder).status == .success)
        let object = try fixture.git(["rev-parse", "refs/tags/cycle/2030"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        try fixture.git(["update-ref", "refs/tags/cycle/2031", object])
        let renamed = CLI.run(["verify", "cycle/2031"], in: folder)
        #expect(
            renamed.status == .findings && renamed.stdout.contains("reused under another name"), "\(renamed.stdout)")
        // A CI clone has no local main: the keys come from the remote branch, never from HEAD (the branch).
        try fixture.git(["update-ref", "refs/remotes/origin/main", "refs/heads/main"])
        try fixture.git(["checkout", "-q", "--detach", "usulan"])
        try fixture.git(["branch", "-q", "-D", "main"])
        let remote = CLI.run(["verify", "cycle/2027"], in: folder)
        #expect(remote.status == .findings && remote.stdout.contains("'refs/remotes/origin/main'"), "\(remote.stdout)")
        try fixture.git(["update-ref", "-d", "refs/remotes/origin/main"])
        let none = CLI.run(["verify", "cycle/2027"], in: folder)
        #expect(none.status == .failure && none.stderr.contains("--keys-from"), "\(none.stderr)")
        // A tag that shadows the branch the keys come from is refused, not followed.
        try fixture.git(["branch", "-q", "main", "cycle/2030"])
        try fixture.git(["tag", "main", "usulan"])
        let shadowed = CLI.run(["verify", "cycle/2027", "--keys-from", "main"], in: folder)
        #expect(
            shadowed.status == .failure && shadowed.stderr.contains("names more than one commit"), "\(shadowed.stderr)")
    }

    @Test func noKeysListedIsAFailureUnlessAllowed() throws {
        let (folder, fixture) = try OwnershipCommandTests.example()
        try fixture.tag("cycle/2031", message: "Siklus")
        let run = CLI.run(["verify", "cycle/2031"], in: folder)
        #expect(run.status == .findings && run.stdout.contains("lists no signing keys"), "\(run.stdout)")
        #expect(CLI.run(["verify", "cycle/2031", "--allow-unsigned"], in: folder).status == .success)
    }
}

/// Throwaway ed25519 keys made by ssh-keygen in a temporary folder.
struct SigningKeys {
    static let sshKeygen: String? = ["/usr/bin/ssh-keygen", "/bin/ssh-keygen", "/usr/local/bin/ssh-keygen"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    let folder: String

    init() throws {
        folder = try GitFixture.temporaryFolder()
        for name in ["bappeda", "dinkes"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.sshKeygen!)
            process.arguments = ["-q", "-t", "ed25519", "-N", "", "-C", name, "-f", folder + "/" + name]
            try process.run()
            process.waitUntilExit()
        }
    }

    func privateKey(_ name: String) -> String { folder + "/" + name }

    func publicKey(_ name: String) -> String {
        let text = (try? String(contentsOfFile: folder + "/" + name + ".pub", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(2).joined(separator: " ")
    }
}

/// OpenPGP signatures, verified with gpg against a throwaway keyring, the fingerprint matched to the manifest.
@Suite(.enabled(if: OpenPGPKeys.gpg != nil, "gpg is not installed (gnupg)"))
struct OpenPGPTests {
    @Test func aCommitSignedWithAListedOpenPGPKey() throws {
        let keys = try OpenPGPKeys(email: SigningTests.bappedaAdmin.email)
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let fixture = GitFixture(existing: folder)
        let listed = try SigningTests.withKeys(
            folder, [SigningTests.bappedaAdmin.email: "openpgp:\(keys.fingerprint)"], true)
        try fixture.commit("Kunci", author: SigningTests.coordinator, files: [SigningTests.manifest: listed])
        let text = try String(contentsOfFile: folder + "/" + SigningTests.bappeda, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"level\": 3.5,", with: "\"level\": 3.75,").utf8).write(
            to: URL(fileURLWithPath: folder + "/" + SigningTests.bappeda))
        try fixture.git(["add", "-A"])
        try fixture.git(
            ["-c", "user.signingkey=\(keys.fingerprint)", "commit", "-q", "-S", "-m", "P05"],
            author: SigningTests.bappedaAdmin, environment: ["GNUPGHOME": keys.home])
        let lint = CLI.run(
            ["lint", "--base", "HEAD~1"], in: folder, environment: ["GNUPGHOME": keys.home, "PATH": "/usr/bin:/bin"])
        #expect(!lint.stdout.contains("signature-required"), "\(lint.stdout)")
        let empty = try GitFixture.temporaryFolder()
        let elsewhere = CLI.run(
            ["lint", "--base", "HEAD~1"], in: folder, environment: ["GNUPGHOME": empty, "PATH": "/usr/bin:/bin"])
        #expect(
            elsewhere.stdout.contains("is not in your keyring; import it with 'gpg --import'"), "\(elsewhere.stdout)")
    }
}

/// A throwaway OpenPGP key in its own GNUPGHOME.
struct OpenPGPKeys {
    static let gpg: String? = ["/usr/bin/gpg", "/bin/gpg", "/usr/local/bin/gpg"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    let home: String
    let fingerprint: String

    /// A new key for `email`, made at `time` (gpg's `--faked-system-time`, e.g. `20200101T000000`) when given,
    /// expiring after `expires` (`never`, `1d`).
    init(email: String, time: String? = nil, expires: String = "never") throws {
        home = try GitFixture.temporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: home)
        _ = try Self.run(
            (time.map { ["--faked-system-time", $0] } ?? [])
                + [
                    "--quick-gen-key", "--passphrase", "", "--pinentry-mode", "loopback", email, "ed25519", "sign",
                    expires,
                ],
            home)
        let listing = try Self.run(["--with-colons", "--fingerprint", email], home)
        fingerprint =
            listing.split(separator: "\n").first { $0.hasPrefix("fpr:") }
            .map { String($0.split(separator: ":", omittingEmptySubsequences: false)[9]) } ?? ""
    }

    static func run(_ arguments: [String], _ home: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gpg!)
        process.arguments = ["--batch", "--homedir", home] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

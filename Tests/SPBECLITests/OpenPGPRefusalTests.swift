import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// OpenPGP signatures that `git verify-commit` refuses are refused by `lint --base` too, whatever `VALIDSIG`
/// gpg prints beside them: keys and signatures made in a throwaway GNUPGHOME, in the past where they must expire.
@Suite(.enabled(if: OpenPGPKeys.gpg != nil, "gpg is not installed (gnupg)"))
struct OpenPGPRefusalTests {
    /// Bappeda's commit on the example, its key listed and signatures required, signed through `gpg.program`
    /// = a wrapper that adds `options` (and, with `tamper`, signs other bytes than git gives it).
    static func lint(_ keys: OpenPGPKeys, options: String = "", tamper: Bool = false, after: () throws -> Void = {})
        throws -> String
    {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let fixture = GitFixture(existing: folder)
        let listed = try SigningTests.withKeys(
            folder, [SigningTests.bappedaAdmin.email: "openpgp:\(keys.fingerprint)"], true)
        try fixture.commit("Kunci", author: SigningTests.coordinator, files: [SigningTests.manifest: listed])
        let wrapper = folder + "/../gpg-wrapper"
        let input = tamper ? "ignored=$(cat); printf 'lain' |" : ""
        try Data("#!/bin/sh\n\(input) exec \(OpenPGPKeys.gpg!) --batch \(options) \"$@\"\n".utf8).write(
            to: URL(fileURLWithPath: wrapper))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper)
        let text = try String(contentsOfFile: folder + "/" + SigningTests.bappeda, encoding: .utf8)
        try fixture.write([
            SigningTests.bappeda: text.replacingOccurrences(of: "\"level\": 3.5,", with: "\"level\": 3.75,")
        ])
        try fixture.git(["add", "-A"])
        try fixture.git(
            [
                "-c", "gpg.program=\(wrapper)", "-c", "user.signingkey=\(keys.fingerprint)", "commit", "-q", "-S", "-m",
                "P05",
            ],
            author: SigningTests.bappedaAdmin, environment: ["GNUPGHOME": keys.home])
        try after()
        return CLI.run(
            ["lint", "--base", "HEAD~1"], in: folder, environment: ["GNUPGHOME": keys.home, "PATH": "/usr/bin:/bin"]
        ).stdout
    }

    static let past = "--faked-system-time 20200101T010000"

    @Test func aSignatureByAnExpiredKey() throws {
        let keys = try OpenPGPKeys(email: SigningTests.bappedaAdmin.email, time: "20200101T000000", expires: "1d")
        let out = try Self.lint(keys, options: Self.past)
        #expect(out.contains("signature by an expired key") && out.contains("[signature-required]"), "\(out)")
    }

    @Test func anExpiredSignature() throws {
        let keys = try OpenPGPKeys(email: SigningTests.bappedaAdmin.email, time: "20200101T000000")
        let out = try Self.lint(keys, options: Self.past + " --ask-sig-expire --default-sig-expire 1d")
        #expect(out.contains("expired OpenPGP signature") && out.contains("[signature-required]"), "\(out)")
    }

    @Test func aSignatureByARevokedKey() throws {
        let keys = try OpenPGPKeys(email: SigningTests.bappedaAdmin.email)
        let out = try Self.lint(keys) {
            // gpg keeps a revocation certificate for every key it makes; importing it revokes the key.
            let certificate = keys.home + "/openpgp-revocs.d/\(keys.fingerprint).rev"
            let text = try String(contentsOfFile: certificate, encoding: .utf8)
            try Data(text.replacingOccurrences(of: ":-----BEGIN", with: "-----BEGIN").utf8).write(
                to: URL(fileURLWithPath: certificate + ".asc"))
            _ = try OpenPGPKeys.run(["--import", certificate + ".asc"], keys.home)
        }
        #expect(out.contains("signature by a revoked key") && out.contains("[signature-required]"), "\(out)")
    }

    @Test func aBadSignature() throws {
        let keys = try OpenPGPKeys(email: SigningTests.bappedaAdmin.email)
        let out = try Self.lint(keys, tamper: true)
        #expect(out.contains("bad OpenPGP signature") && out.contains("[signature-required]"), "\(out)")
    }
}

import Foundation
import GitStore
import SPBECore

/// Verifies signatures as git does, against the keys the manifests at base list: SSH signatures with
/// `ssh-keygen -Y verify` (namespace `git`, an allowed-signers list built from the manifests), OpenPGP ones with
/// `gpg --verify` (keys the caller imported, fingerprints matched to the manifests). No cryptography here.
/// The allowed-signers list and each signature go to a private temporary folder, removed at the end.
final class SignatureVerifier {
    private let folder: URL
    private let allowedSigners: URL
    /// OpenPGP fingerprint (upper case) → the email that lists it.
    private let fingerprints: [String: String]
    private let path: [String]
    /// The environment the tools run with (`GNUPGHOME` picks the keyring).
    private let environment: [String: String]

    /// Nil when no manifest lists a key or requires signatures: there is nothing to verify against.
    init?(manifests: [Manifest], environment: [String: String]) throws {
        guard manifests.contains(where: { $0.signingRequired || !$0.signingKeys.isEmpty }) else { return nil }
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("spbe-signatures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        allowedSigners = folder.appendingPathComponent("allowed_signers")
        var lines: [String] = []
        var fingerprints: [String: String] = [:]
        for manifest in manifests {
            for (email, keys) in manifest.signingKeys {
                for key in keys {
                    if key.hasPrefix("openpgp:") {
                        fingerprints[String(key.dropFirst("openpgp:".count)).uppercased()] = email
                    } else {
                        let parts = key.split(separator: " ")
                        guard parts.count >= 2 else { continue }
                        lines.append("\(email) namespaces=\"git\" \(parts[0]) \(parts[1])")
                    }
                }
            }
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: allowedSigners)
        self.fingerprints = fingerprints
        path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        self.environment = environment
        // A tool that exits before reading its input must not take this process down with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The commit's signature, verified.
    func verify(_ repository: Repository, _ commit: ObjectID) throws -> CommitSignature {
        guard let (signature, payload) = try repository.commitSignature(commit) else { return .unsigned }
        return verify(signature: signature, payload: payload)
    }

    /// A signature over a payload (a commit's or a tag's), verified.
    func verify(signature: [UInt8], payload: [UInt8]) -> CommitSignature {
        let text = String(decoding: signature, as: UTF8.self)
        if text.hasPrefix("-----BEGIN SSH SIGNATURE-----") { return verifySSH(signature, payload) }
        if text.hasPrefix("-----BEGIN PGP SIGNATURE-----") { return verifyOpenPGP(signature, payload) }
        return .invalid(
            Localized(en: "not an SSH or OpenPGP signature", indonesian: "bukan tanda tangan SSH atau OpenPGP"))
    }

    private func verifySSH(_ signature: [UInt8], _ payload: [UInt8]) -> CommitSignature {
        guard let tool = executable("ssh-keygen") else {
            return .cannotVerify(Messages.missingTool("ssh-keygen", "openssh-client"))
        }
        let file = folder.appendingPathComponent("signature-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        do { try Data(signature).write(to: file) } catch { return .cannotVerify(Messages.cannotWrite(file.path)) }
        let find = run(tool, ["-Y", "find-principals", "-f", allowedSigners.path, "-s", file.path], input: [])
        guard find.status == 0, let principal = find.output.split(separator: "\n").first.map(String.init) else {
            // No listed key made it: a well-formed signature by someone else's key, or a broken one.
            let check = run(tool, ["-Y", "check-novalidate", "-n", "git", "-s", file.path], input: payload)
            return check.status == 0
                ? .unlistedKey
                : .invalid(
                    Self.firstLine(
                        check.errors, or: Localized(en: "malformed signature", indonesian: "tanda tangan rusak")))
        }
        let verify = run(
            tool, ["-Y", "verify", "-f", allowedSigners.path, "-I", principal, "-n", "git", "-s", file.path],
            input: payload)
        return verify.status == 0
            ? .verified(signer: principal)
            : .invalid(
                Self.firstLine(verify.errors, or: Localized(en: "bad signature", indonesian: "tanda tangan salah")))
    }

    private func verifyOpenPGP(_ signature: [UInt8], _ payload: [UInt8]) -> CommitSignature {
        guard let tool = executable("gpg") else { return .cannotVerify(Messages.missingTool("gpg", "gnupg")) }
        let file = folder.appendingPathComponent("signature-\(UUID().uuidString).asc")
        defer { try? FileManager.default.removeItem(at: file) }
        do { try Data(signature).write(to: file) } catch { return .cannotVerify(Messages.cannotWrite(file.path)) }
        let result = run(tool, ["--batch", "--status-fd", "1", "--verify", file.path, "-"], input: payload)
        return Self.judgeOpenPGP(status: result.output, errors: result.errors, fingerprints: fingerprints)
    }

    /// Reads gpg's status lines as git does: only a good signature (`GOODSIG`) by an unexpired, unrevoked key
    /// counts; an expired signature, an expired or revoked key, a bad signature or more than one signature is
    /// refused, whatever `VALIDSIG` says beside it.
    static func judgeOpenPGP(status: String, errors: String, fingerprints: [String: String]) -> CommitSignature {
        var verdicts: [String] = []
        var candidates: [String] = []
        for line in status.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count >= 3, fields[0] == "[GNUPG:]" else { continue }
            switch fields[1] {
            case "GOODSIG", "BADSIG", "EXPSIG", "EXPKEYSIG", "REVKEYSIG", "ERRSIG": verdicts.append(fields[1])
            // The signing (sub)key's fingerprint, then the primary key's as the tenth field.
            case "VALIDSIG": candidates += [fields[2]] + (fields.count > 11 ? [fields[11]] : [])
            case "NO_PUBKEY": return .cannotVerify(Messages.gpgKeyMissing(fields[2]))
            default: continue
            }
        }
        switch verdicts {
        case ["GOODSIG"]:
            guard let email = candidates.lazy.compactMap({ fingerprints[$0.uppercased()] }).first else {
                return .unlistedKey
            }
            return .verified(signer: email)
        case ["EXPSIG"]:
            return .invalid(Localized(en: "expired OpenPGP signature", indonesian: "tanda tangan OpenPGP kedaluwarsa"))
        case ["EXPKEYSIG"]:
            return .invalid(
                Localized(
                    en: "OpenPGP signature by an expired key",
                    indonesian: "tanda tangan OpenPGP dengan kunci kedaluwarsa"))
        case ["REVKEYSIG"]:
            return .invalid(
                Localized(
                    en: "OpenPGP signature by a revoked key",
                    indonesian: "tanda tangan OpenPGP dengan kunci yang dicabut"))
        case ["BADSIG"]:
            return .invalid(Localized(en: "bad OpenPGP signature", indonesian: "tanda tangan OpenPGP salah"))
        case []:
            return .invalid(
                Self.firstLine(
                    errors, or: Localized(en: "gpg could not verify it", indonesian: "gpg tidak dapat memeriksanya")))
        default:
            return verdicts.count > 1
                ? .invalid(
                    Localized(en: "more than one OpenPGP signature", indonesian: "lebih dari satu tanda tangan OpenPGP")
                )
                : .invalid(
                    Self.firstLine(
                        errors, or: Localized(en: "gpg could not verify it", indonesian: "gpg tidak dapat memeriksanya")
                    ))
        }
    }

    private func executable(_ name: String) -> String? {
        path.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private func run(_ tool: String, _ arguments: [String], input: [UInt8]) -> (
        status: Int32, output: String, errors: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch { return (-1, "", "\(error)") }
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input))
        try? stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self)
        )
    }

    /// The tool's own first line of complaint (quoted as it wrote it, in any language), else `fallback`.
    static func firstLine(_ text: String, or fallback: Localized) -> Localized {
        text.split(separator: "\n").first.map { Localized(en: String($0), indonesian: String($0)) } ?? fallback
    }
}

import Foundation
import GitStore
import TestSupport
import Testing

/// The author identity is resolved as git resolves it, from an environment: each case is checked against what
/// `git var GIT_AUTHOR_IDENT` says under the same environment.
struct IdentityTests {
    /// A repository whose home folder holds an XDG and a home configuration, and a global file with an include.
    final class Setup {
        let fixture: GitFixture
        let home: String
        init() throws {
            fixture = try GitFixture()
            home = fixture.path + "/home"
            try fixture.write([
                "home/.config/git/config": "[user]\n\temail = xdg@contoh.go.id\n\tname = Dari XDG\n",
                "home/.gitconfig": "[user]\n\temail = home@contoh.go.id\n",
                "home/global": "[include]\n\tpath = included\n",
                "home/included": "[user]\n\temail = included@contoh.go.id\n\tname = Dari Include\n",
            ])
        }
        var environment: [String: String] { ["HOME": home, "GIT_CONFIG_NOSYSTEM": "1"] }
        var repository: Repository { get throws { try Repository(discoveringFrom: fixture.path) } }
    }

    /// What git itself records as the author under `environment`, or nil when git refuses or is missing.
    static func gitAuthor(_ path: String, _ environment: [String: String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", path, "var", "GIT_AUTHOR_IDENT"]
        process.environment = environment.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"]) {
            $1
        }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let open = text.firstIndex(of: "<"), let close = text.firstIndex(of: ">") else { return nil }
        return String(text[text.index(after: open)..<close])
    }

    static func expect(_ setup: Setup, _ extra: [String: String], email: String, name: String? = nil) throws {
        let environment = setup.environment.merging(extra) { $1 }
        let identity = try setup.repository.authorIdentity(environment: environment)
        #expect(identity.email == email, "\(extra)")
        if let name { #expect(identity.name == name, "\(extra)") }
        if let git = gitAuthor(setup.fixture.path, environment) {
            #expect(git == email, "git says \(git) under \(extra)")
        } else {
            Issue.record("git var GIT_AUTHOR_IDENT failed under \(extra)")
        }
    }

    @Test func homeConfigurationOverridesXDG() throws {
        try Self.expect(Setup(), [:], email: "home@contoh.go.id", name: "Dari XDG")
    }

    @Test func xdgConfigHomeIsFollowed() throws {
        let setup = try Setup()
        try setup.fixture.write(["home/.gitconfig": nil, "xdg/git/config": "[user]\n\temail = lain@contoh.go.id\n"])
        try Self.expect(setup, ["XDG_CONFIG_HOME": setup.fixture.path + "/xdg"], email: "lain@contoh.go.id")
    }

    /// libgit2 alone would still read the home files here.
    @Test func gitConfigGlobalReplacesTheHomeFilesAndFollowsIncludes() throws {
        let setup = try Setup()
        try Self.expect(
            setup, ["GIT_CONFIG_GLOBAL": setup.home + "/global"], email: "included@contoh.go.id", name: "Dari Include")
    }

    @Test func theRepositoryBeatsGlobalAndTheEnvironmentBeatsAll() throws {
        let setup = try Setup()
        try setup.fixture.git(["config", "user.email", "lokal@contoh.go.id"])
        let global = ["GIT_CONFIG_GLOBAL": setup.home + "/global"]
        try Self.expect(setup, global, email: "lokal@contoh.go.id")
        try Self.expect(
            setup,
            global.merging(["GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "user.email", "GIT_CONFIG_VALUE_0": "c@x.id"])
            { $1 },
            email: "c@x.id")
        try Self.expect(
            setup, global.merging(["GIT_AUTHOR_EMAIL": "env@contoh.go.id"]) { $1 }, email: "env@contoh.go.id")
    }

    /// What `git -c user.email=…` hands to the hooks it runs, in both of git's spellings, beats the files.
    @Test func gitConfigParametersAsHooksInheritThem() throws {
        let setup = try Setup()
        try Self.expect(setup, ["GIT_CONFIG_PARAMETERS": "'user.email'='b@bappeda.go.id'"], email: "b@bappeda.go.id")
        try Self.expect(setup, ["GIT_CONFIG_PARAMETERS": "'user.email=lama@x.id' 'core.x=1'"], email: "lama@x.id")
        try Self.expect(
            setup, ["GIT_CONFIG_PARAMETERS": #"'user.name'='Tim O'\''Brien' 'user.email'='tim@x.id'"#],
            email: "tim@x.id", name: "Tim O'Brien")
        try Self.expect(
            setup, ["GIT_CONFIG_PARAMETERS": #"'user.name'='Ti'\!'m' 'user.email'='ti@x.id'"#], email: "ti@x.id",
            name: "Ti!m")
    }

    /// git strips spaces and punctuation around an email (`<tim@x.id>.`), and records a set but empty
    /// GIT_AUTHOR_EMAIL as `<>`: no identity to judge, not the configuration's.
    @Test func whatGitStripsAndAnEmptyAuthorEmail() throws {
        let setup = try Setup()
        try setup.fixture.write(["home/.gitconfig": "[user]\n\temail = \" <tim@x.id>.\"\n"])
        try Self.expect(setup, [:], email: "tim@x.id")
        let empty = setup.environment.merging(["GIT_AUTHOR_EMAIL": ""]) { $1 }
        #expect(try setup.repository.authorIdentity(environment: empty).email == nil)
        #expect(Self.gitAuthor(setup.fixture.path, empty).map(\.isEmpty) ?? true, "git records <>")
    }

    @Test func authorEmailBeatsUserEmail() throws {
        let setup = try Setup()
        try setup.fixture.write(["home/.gitconfig": "[user]\n\temail = user@x.id\n[author]\n\temail = author@x.id\n"])
        try Self.expect(setup, [:], email: "author@x.id")
    }

    /// `GIT_CONFIG_GLOBAL=/dev/null` means no global configuration; then `EMAIL` is the last resort.
    @Test func emailIsTheLastResort() throws {
        let setup = try Setup()
        let none = ["GIT_CONFIG_GLOBAL": "/dev/null"]
        #expect(try setup.repository.authorIdentity(environment: setup.environment.merging(none) { $1 }).email == nil)
        try Self.expect(setup, none.merging(["EMAIL": "akhir@contoh.go.id"]) { $1 }, email: "akhir@contoh.go.id")
    }
}

import Foundation
import GitStore
import TestSupport
import Testing

/// Opening repositories, resolving revisions and listing tags, against repositories built at test time.
struct RepositoryTests {
    /// Three commits on main, a lightweight and an annotated cycle tag, and a branch.
    static func history() throws -> (GitFixture, [String]) {
        let fixture = try GitFixture()
        let first = try fixture.commit("first", files: ["assessments/a.json": "{}", "README.md": "x"])
        try fixture.tag("cycle/2023")
        let second = try fixture.commit("second", files: ["assessments/a.json": "{\"a\":1}"])
        try fixture.tag("cycle/2024", message: "review cycle 2024")
        let third = try fixture.commit("third", files: ["assessments/b.json": "[]"])
        try fixture.git(["branch", "review", second])
        return (fixture, [first, second, third])
    }

    @Test func discoversUpwardFromASubfolder() throws {
        let (fixture, ids) = try Self.history()
        let repository = try Repository(discoveringFrom: fixture.path + "/assessments")
        #expect(try repository.resolveCommit("HEAD").hex == ids[2])
        #expect(!repository.isBare)
        #expect(repository.workingDirectory?.hasSuffix("/") == true)
    }

    @Test func namesTheFolderThatIsNotARepository() throws {
        let folder = try GitFixture.temporaryFolder()
        #expect(throws: GitError.notARepository(path: folder)) { try Repository(discoveringFrom: folder) }
    }

    @Test func opensBareRepositories() throws {
        let (fixture, ids) = try Self.history()
        let bare = try fixture.clone(["--bare"])
        let repository = try Repository(discoveringFrom: bare.path)
        #expect(repository.isBare)
        #expect(repository.workingDirectory == nil)
        #expect(try repository.resolveCommit("main").hex == ids[2])
        #expect(throws: GitError.noWorkingTree) { try WorktreeSnapshot(repository: repository) }
    }

    @Test func resolvesEveryKindOfRevision() throws {
        let (fixture, ids) = try Self.history()
        let repository = try Repository(discoveringFrom: fixture.path)
        let cases: [(String, String)] = [
            ("HEAD", ids[2]), ("main", ids[2]), ("review", ids[1]), ("cycle/2023", ids[0]), ("cycle/2024", ids[1]),
            (ids[1], ids[1]), (String(ids[0].prefix(8)), ids[0]), ("HEAD~2", ids[0]), ("HEAD^", ids[1]),
            ("main~1^", ids[0]), ("refs/tags/cycle/2023", ids[0]),
        ]
        for (revision, expected) in cases {
            #expect(try repository.resolveCommit(revision).hex == expected, "\(revision)")
        }
    }

    @Test func unknownRevision() throws {
        let (fixture, _) = try Self.history()
        let repository = try Repository(discoveringFrom: fixture.path)
        // GitStore knows no cycle convention: "2023" is not a revision here (the command line tries cycle/2023).
        #expect(throws: GitError.unknownRevision("2023")) { try repository.resolveCommit("2023") }
        #expect(throws: GitError.unknownRevision("HEAD~9")) { try repository.resolveCommit("HEAD~9") }
    }

    @Test func emptyRepositorySaysSo() throws {
        let fixture = try GitFixture()
        let repository = try Repository(discoveringFrom: fixture.path)
        #expect(repository.isEmpty)
        #expect(throws: GitError.emptyRepository) { try repository.resolveCommit("HEAD") }
    }

    @Test func listsTagsByCommitDate() throws {
        let fixture = try GitFixture()
        try fixture.commit("one")
        try fixture.tag("cycle/b-first")
        try fixture.commit("two")
        try fixture.tag("cycle/a-second", message: "annotated")
        try fixture.tag("other")
        let repository = try Repository(discoveringFrom: fixture.path)
        let tags = try repository.tags(prefix: "cycle/")
        #expect(tags.map(\.name) == ["cycle/b-first", "cycle/a-second"])
        #expect(tags[0].date < tags[1].date)
        #expect(try tags[1].commit == repository.resolveCommit("HEAD"))
    }

    @Test func readsARepositoryOwnedByAnotherUser() throws {
        let (fixture, ids) = try Self.history()
        guard getuid() == 0 else { return }
        #expect(chown(fixture.path, 4242, 4242) == 0)
        #expect(chown(fixture.path + "/.git", 4242, 4242) == 0)
        let repository = try Repository(discoveringFrom: fixture.path)
        #expect(try repository.resolveCommit("HEAD").hex == ids[2])
    }
}

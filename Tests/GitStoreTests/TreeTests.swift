import Foundation
import GitStore
import TestSupport
import Testing

/// Tree walks, blob reads and the working tree through the same `Snapshot` interface.
struct TreeTests {
    static func fixture() throws -> GitFixture {
        let fixture = try GitFixture()
        try fixture.write([
            "assessments/kota/instansi.json": "{\"id\":\"kota\"}", "assessments/kota/bappeda.json": "{}",
            "other.txt": "x",
        ])
        try fixture.write(["assessments/kota/run.sh": "#!/bin/sh\n"])
        #expect(chmod(fixture.path + "/assessments/kota/run.sh", 0o755) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: fixture.path + "/assessments/kota/link.json", withDestinationPath: "bappeda.json")
        try fixture.commit("files")
        try fixture.git([
            "update-index", "--add", "--cacheinfo",
            "160000,\(try fixture.git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)),assessments/kota/sub",
        ])
        try fixture.git(["commit", "-q", "-m", "submodule"])
        return fixture
    }

    @Test func walksBelowAFolderWithKinds() throws {
        let fixture = try Self.fixture()
        let repository = try Repository(discoveringFrom: fixture.path)
        let entries = try repository.entries(at: repository.resolveCommit("HEAD"), under: "assessments")
        #expect(
            entries.map(\.path) == [
                "assessments/kota/bappeda.json", "assessments/kota/instansi.json", "assessments/kota/link.json",
                "assessments/kota/run.sh", "assessments/kota/sub",
            ])
        #expect(entries.map(\.kind) == [.blob, .blob, .symlink, .executable, .submodule])
        #expect(entries[0].mode == 0o100644)
        #expect(try repository.entries(at: repository.resolveCommit("HEAD"), under: "missing").isEmpty)
    }

    @Test func readsBlobsByIdAndByPath() throws {
        let fixture = try Self.fixture()
        let repository = try Repository(discoveringFrom: fixture.path)
        let head = try repository.resolveCommit("HEAD")
        let bytes = try repository.blob(at: head, path: "assessments/kota/instansi.json")
        #expect(bytes.map { String(decoding: $0, as: UTF8.self) } == "{\"id\":\"kota\"}")
        let entry = try #require(try repository.entry(at: head, path: "assessments/kota/instansi.json"))
        #expect(try repository.blob(entry.id) == bytes)
        #expect(try repository.blob(at: head, path: "assessments/nope.json") == nil)
        #expect(try repository.blob(at: head, path: "assessments") == nil)
    }

    @Test func workingTreeMatchesTheCommitWhenClean() throws {
        let fixture = try Self.fixture()
        let repository = try Repository(discoveringFrom: fixture.path)
        let commit = CommitSnapshot(repository: repository, commit: try repository.resolveCommit("HEAD"))
        let worktree = try WorktreeSnapshot(repository: repository)
        let fromCommit = try commit.entries(under: "assessments").filter { $0.kind != .submodule }
        let fromWorktree = try worktree.entries(under: "assessments")
        #expect(fromWorktree.map(\.path) == fromCommit.map(\.path))
        #expect(fromWorktree.map(\.id) == fromCommit.map(\.id))
        #expect(fromWorktree.map(\.kind) == fromCommit.map(\.kind))
        for entry in fromWorktree where entry.isFile {
            #expect(try worktree.read(entry) == commit.read(entry))
        }
        try fixture.write(["assessments/kota/bappeda.json": "{\"changed\":true}"])
        let changed = try #require(try worktree.entry(at: "assessments/kota/bappeda.json"))
        #expect(String(decoding: try worktree.read(changed), as: UTF8.self) == "{\"changed\":true}")
        #expect(try worktree.entry(at: "assessments/kota/none.json") == nil)
    }

    @Test func missingObjectIsNamed() throws {
        let fixture = try Self.fixture()
        let repository = try Repository(discoveringFrom: fixture.path)
        let entry = try #require(try repository.entry(at: repository.resolveCommit("HEAD"), path: "other.txt"))
        let hex = entry.id.hex
        try FileManager.default.removeItem(atPath: fixture.path + "/.git/objects/\(hex.prefix(2))/\(hex.dropFirst(2))")
        let reopened = try Repository(discoveringFrom: fixture.path)
        #expect(throws: GitError.missingObject(entry.id)) { try reopened.blob(entry.id) }
    }
}

import Foundation
import GitStore
import TestSupport
import Testing

/// Tree diffs and history walks.
struct HistoryTests {
    @Test func diffsTwoTreesBelowAFolder() throws {
        let fixture = try GitFixture()
        let content = String(repeating: "{\"indicator\": \"I01\", \"level\": 3}\n", count: 20)
        let old = try fixture.commit(
            "old",
            files: [
                "assessments/k/a.json": "{}", "assessments/k/b.json": "[1]", "assessments/k/c.json": content,
                "top.txt": "1",
            ])
        let new = try fixture.commit(
            "new",
            files: [
                "assessments/k/a.json": nil, "assessments/k/b.json": "[2]", "assessments/k/c.json": nil,
                "assessments/k/d.json": content, "assessments/k/e.json": "{\"e\":1}", "top.txt": "2",
            ])
        let repository = try Repository(discoveringFrom: fixture.path)
        let changes = try repository.changes(
            from: ObjectID(hex: old), to: try #require(ObjectID(hex: new)), under: "assessments")
        #expect(changes.map(\.status) == [.deleted, .modified, .renamed, .added])
        #expect(
            changes.map(\.path) == [
                "assessments/k/a.json", "assessments/k/b.json", "assessments/k/d.json", "assessments/k/e.json",
            ])
        #expect(changes[2].oldPath == "assessments/k/c.json")
        #expect(changes[2].oldID == changes[2].newID)
        #expect(changes[0].newID == nil && changes[3].oldID == nil)
        let fromNothing = try repository.changes(from: nil, to: try #require(ObjectID(hex: old)), under: "assessments")
        #expect(fromNothing.count == 3 && fromNothing.allSatisfy { $0.status == .added })
    }

    @Test func walksARangeAndThePathHistory() throws {
        let fixture = try GitFixture()
        let reviewer = GitFixture.Author("Bappeda", "b@kotacontoh.go.id")
        let first = try fixture.commit("start", files: ["assessments/k/a.json": "1"])
        try fixture.commit("other file", files: ["assessments/k/b.json": "1"])
        let third = try fixture.commit("touch a\n\nbody text", author: reviewer, files: ["assessments/k/a.json": "2"])
        let repository = try Repository(discoveringFrom: fixture.path)
        let head = try repository.resolveCommit("HEAD")
        let range = try repository.commits(from: ObjectID(hex: first), to: head)
        #expect(range.count == 2)
        #expect(range[0].id.hex == third)
        #expect(
            range[0].author
                == Signature(
                    name: "Bappeda", email: "b@kotacontoh.go.id", time: Int64(fixture.clock), offsetMinutes: 420))
        #expect(range[0].summary == "touch a")
        #expect(range[0].message == "touch a\n\nbody text\n")
        #expect(range[0].parents.count == 1)
        let touching = try repository.commits(from: nil, to: head, touching: "assessments/k/a.json")
        #expect(touching.map(\.id.hex) == [third, first])
    }

    @Test func shallowCloneAsksForFullHistory() throws {
        let fixture = try GitFixture()
        for number in 1...3 { try fixture.commit("c\(number)", files: ["assessments/x.json": "\(number)"]) }
        let shallow = try fixture.clone(["--depth", "1"])
        let repository = try Repository(discoveringFrom: shallow.path)
        #expect(repository.isShallow)
        let head = try repository.resolveCommit("HEAD")
        #expect(throws: GitError.shallowHistory) { try repository.commits(from: nil, to: head) }
        #expect(throws: GitError.shallowHistory) { try repository.resolveCommit("HEAD~2") }
    }
}

import Foundation
import TestSupport
import Testing

@testable import SPBECLI

/// Parsing, lint rules and scores on several threads give exactly the output of one thread.
struct ParallelTests {
    @Test func outputIsTheSameOnOneAndOnSeveralThreads() throws {
        let folder = try GitFixture.temporaryFolder() + "/contoh"
        #expect(CLI.run(["init", folder, "--example"]).status == .success)
        let fixture = GitFixture(existing: folder, owned: false)
        try fixture.write(["assessments/kota-contoh/bkpsdm.json": "{\"agency\": 1,}"])
        try fixture.commit("rusak")
        for arguments in [
            ["lint", "--format", "json"], ["score", "--format", "json", "--indicators"], ["log", "--format", "csv"],
            ["diff", "--format", "json"], ["lint", "--worktree"],
        ] {
            let single = CLI.run(arguments, in: folder, environment: ["SPBE_THREADS": "1"])
            for threads in ["2", "4"] {
                let parallel = CLI.run(arguments, in: folder, environment: ["SPBE_THREADS": threads])
                #expect(
                    parallel.stdout == single.stdout && parallel.status == single.status,
                    "\(arguments) on \(threads) threads")
            }
        }
    }
}

import Foundation

/// Paths of the working tree an import reads or writes, checked as they are on disk: a symlink or special file
/// there (which git lets anyone commit or leave) must never carry a write or a read outside the repository.
enum PlainPaths {
    enum Kind { case missing, regular, directory, other }

    /// What is at `path` itself, a symlink not followed.
    static func kind(_ path: String) -> Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Whether `relative` may be written under `root`: every folder on the way is a real folder and the file, if
    /// there, a regular file (no symlink anywhere, no device, no FIFO).
    static func isWritable(_ relative: String, root: String) -> Bool {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // Only plain names: `..` is a real folder on disk, yet it leads out of the repository.
        guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return false }
        var path = root
        for (index, part) in parts.enumerated() {
            path += "/" + part
            switch (kind(path), index == parts.count - 1) {
            case (.directory, false), (.regular, true), (.missing, true): continue
            case (.missing, false): return true  // folders still to be made
            default: return false
            }
        }
        return true
    }

    /// An absolute path with `.` and `..` resolved by its words alone, links left as they are (Foundation's
    /// `standardizingPath` resolves links on Linux, and a linked evidence file keeps the path it was cited by).
    static func lexicallyNormalized(_ absolute: String) -> String {
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether `relative` names a regular file whose real location is inside `root`.
    static func isReadableInside(_ relative: String, root: String) -> Bool {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return false }
        let real = URL(fileURLWithPath: root + "/" + relative).resolvingSymlinksInPath().path
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        return real.hasPrefix(realRoot + "/") && kind(real) == .regular
    }
}

import Foundation

/// The files a command reads and writes outside the repository's objects, injected through `Context` so that no
/// command touches `FileManager` itself and tests can see (or replace) what would be written.
public protocol FileSystem {
    func contents(_ path: String) -> [UInt8]?
    func exists(_ path: String) -> Bool
    /// The names in a folder, nil when it cannot be listed.
    func list(_ path: String) -> [String]?
    /// Every path below a folder, relative to it; nil when it cannot be walked.
    func walk(_ path: String) -> [String]?
    func createFolder(_ path: String) throws
    /// Writes `bytes` so that no reader sees half a file: a regular file (or a missing one) is written beside
    /// and renamed over; what is not a regular file (a FIFO, a device) is written in place and never replaced;
    /// a symbolic link is followed. The folder must exist.
    func write(_ path: String, _ bytes: [UInt8]) throws
    /// Writes regular files all or none as far as a file system allows: each beside its target first, and only
    /// when every one is written are they renamed over, so the failures that happen (a full disk, a name too
    /// long) leave every target as it was. The folders must exist.
    func writeAll(_ files: [(path: String, bytes: [UInt8])]) throws
    /// Removes a folder if it is empty; anything else is left as it is.
    func removeEmptyFolder(_ path: String)
}

/// The machine's own file system.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func contents(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { [UInt8]($0) } }
    public func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
    public func list(_ path: String) -> [String]? { try? FileManager.default.contentsOfDirectory(atPath: path) }
    public func walk(_ path: String) -> [String]? {
        FileManager.default.enumerator(atPath: path).map { $0.compactMap { $0 as? String } }
    }
    public func createFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func write(_ path: String, _ bytes: [UInt8]) throws {
        let target = Self.followingLinks(path)
        var status = stat()
        if stat(target, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            try writeInPlace(target, bytes)
            return
        }
        let temporary = target + ".spbe-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw FileSystemError.cannotWrite(path)
        }
        if rename(temporary, target) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            throw FileSystemError.cannotWrite(path)
        }
    }

    public func removeEmptyFolder(_ path: String) { _ = rmdir(path) }

    public func writeAll(_ files: [(path: String, bytes: [UInt8])]) throws {
        var staged: [(temporary: String, target: String)] = []
        func discard() { for file in staged { try? FileManager.default.removeItem(atPath: file.temporary) } }
        for (path, bytes) in files {
            let temporary = path + ".spbe-\(getpid())"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
                discard()
                throw FileSystemError.cannotWrite(path)
            }
            staged.append((temporary, path))
        }
        for (index, file) in staged.enumerated() where rename(file.temporary, file.target) != 0 {
            staged.removeFirst(index)
            discard()
            throw FileSystemError.cannotWrite(file.target)
        }
    }

    /// Where a chain of symbolic links ends, even at a file that does not exist yet (Foundation's resolver
    /// stops at a dangling link, and renaming over it would replace the link).
    static func followingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { break }
            current =
                destination.hasPrefix("/")
                ? destination
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        return current
    }

    private func writeInPlace(_ path: String, _ bytes: [UInt8]) throws {
        guard let handle = FileHandle(forWritingAtPath: path) else { throw FileSystemError.cannotWrite(path) }
        defer { try? handle.close() }
        do { try handle.write(contentsOf: Data(bytes)) } catch { throw FileSystemError.cannotWrite(path) }
    }
}

public enum FileSystemError: Error, Equatable {
    case cannotWrite(String)
}

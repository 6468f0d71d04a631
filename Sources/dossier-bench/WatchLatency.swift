import Foundation

/// Measures how long an edit to one article takes to reach disk in a generator's watch mode:
/// from the write of the source to the moment both its page and the article list changed.
enum WatchLatency {
    struct Result {
        var milliseconds: [Double]
    }

    /// `command` runs the watcher; it is ready once every output exists and stopped changing.
    static func measure(command: [String], directory: String, source: String, outputs: [String], edits: Int, startupTimeout: Double = 600)
        -> Result?
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        // Ready when every output exists and stopped changing for a second.
        let deadline = Date().addingTimeInterval(startupTimeout)
        var lastStamp = ""
        var stableSince = Date()
        while Date() < deadline {
            let stamp = outputs.map { modification($0).map { "\($0.timeIntervalSince1970)" } ?? "none" }.joined(separator: "|")
            if stamp != lastStamp { lastStamp = stamp; stableSince = Date() }
            if !stamp.contains("none"), Date().timeIntervalSince(stableSince) > 1.5 { break }
            usleep(50_000)
        }
        guard Date() < deadline, let original = try? String(contentsOfFile: source, encoding: .utf8) else { return nil }
        defer { try? original.write(toFile: source, atomically: false, encoding: .utf8) }
        var timings: [Double] = []
        for edit in 0..<edits {
            let before = outputs.map(identity)
            let edited = original.replacingOccurrences(of: "Synthetic article 7", with: "Synthetic article 7, edit \(edit)")
            let start = Date()
            try? edited.write(toFile: source, atomically: false, encoding: .utf8)
            // Polled with stat (a new inode or mtime), not by reading: reading megabytes every
            // millisecond would take a core from the generator being measured.
            var changed = Array(repeating: false, count: outputs.count)
            while Date().timeIntervalSince(start) < 60 {
                for (index, output) in outputs.enumerated() where !changed[index] && identity(output) != before[index] {
                    changed[index] = true
                }
                if changed.allSatisfy({ $0 }) { break }
                usleep(2_000)
            }
            guard changed.allSatisfy({ $0 }) else { return Result(milliseconds: timings) }
            timings.append(Date().timeIntervalSince(start) * 1000)
            // Let the rest of the rebuild finish before the next edit.
            usleep(8_000_000)
        }
        return Result(milliseconds: timings)
    }

    /// A file's inode and modification time: either changes when a generator replaces or rewrites it.
    private static func identity(_ path: String) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "none" }
        let inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(inode)-\(modified)"
    }

    private static func modification(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}

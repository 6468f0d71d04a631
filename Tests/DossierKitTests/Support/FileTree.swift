import Foundation

/// The files of a folder, read back for assertions: relative paths, bytes and mtimes.
enum FileTree {
    /// Every regular file below `root`, relative and sorted; with `includeHidden`, dotfiles too.
    static func files(_ root: String, includeHidden: Bool = false) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            if !includeHidden, (relative as NSString).lastPathComponent.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    /// Relative path to contents, for byte-for-byte comparisons.
    static func contents(_ root: String, includeHidden: Bool = true) -> [String: Data] {
        var result: [String: Data] = [:]
        for file in files(root, includeHidden: includeHidden) {
            result[file] = FileManager.default.contents(atPath: root + "/" + file)
        }
        return result
    }

    /// Relative path to modification time.
    static func mtimes(_ root: String, includeHidden: Bool = true) -> [String: Date] {
        var result: [String: Date] = [:]
        for file in files(root, includeHidden: includeHidden) {
            result[file] = (try? FileManager.default.attributesOfItem(atPath: root + "/" + file))?[.modificationDate] as? Date
        }
        return result
    }

    /// Sets every file's mtime to one fixed moment in the past, so that a later rewrite shows
    /// whatever the clock's resolution.
    static func backdate(_ root: String, to date: Date = Date(timeIntervalSince1970: 1_000_000_000)) throws {
        for file in files(root, includeHidden: true) {
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: root + "/" + file)
        }
    }

    static func text(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}

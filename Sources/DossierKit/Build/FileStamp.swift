import Foundation

/// A file's modification time and size: when both are unchanged the file is not read again.
struct FileStamp: Equatable {
    var modified: Date?
    var size: Int?

    init(path: String) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        modified = attributes?[.modificationDate] as? Date
        size = (attributes?[.size] as? NSNumber)?.intValue
    }

    var isKnown: Bool { modified != nil && size != nil }
}

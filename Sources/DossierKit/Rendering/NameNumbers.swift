import Foundation

/// A small number for each name a theme or a view model uses, the same for the whole process.
/// A record finds a name by comparing numbers: compared as strings, each name a lookup passed
/// over cost a call into the standard library's string comparison, and a page looks names up
/// a few hundred times.
enum NameNumbers {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var numbers: [String: Int] = [:]

    static func number(_ name: String) -> Int {
        lock.withLock {
            if let known = numbers[name] { return known }
            let number = numbers.count
            numbers[name] = number
            return number
        }
    }
}

/// Watched root folders that went away (deleted, or moved elsewhere), and when to look for them next.
///
/// An inotify watch dies with its folder, or follows it to where it was moved, so nothing would
/// notice a folder coming back at the same path (moved back, restored from a copy) and the
/// preview would go deaf until restarted. Looking for each missing root on a short timer costs
/// one `stat` per missing root per interval, and nothing at all while every root is there;
/// unlike a watch on the parent folder, it goes on working when the parent goes too.
///
/// Not thread-safe: the watcher thread owns it.
struct MissingRoots {
    /// How often a missing root is looked for: short enough that the rebuild after it comes back
    /// follows at once.
    static let defaultInterval: Duration = .milliseconds(100)

    let interval: Duration
    private var roots: Set<String> = []
    /// When to look next; nil while no root is missing.
    private(set) var deadline: ContinuousClock.Instant?

    init(interval: Duration = MissingRoots.defaultInterval) {
        self.interval = interval
    }

    var isEmpty: Bool { roots.isEmpty }

    mutating func add(_ root: String, at now: ContinuousClock.Instant = .now) {
        roots.insert(root)
        if deadline == nil {
            deadline = now + interval
        }
    }

    mutating func remove(_ root: String) {
        roots.remove(root)
        if roots.isEmpty {
            deadline = nil
        }
    }

    /// The missing roots that are folders again, if a look is due at `now`; they are no longer
    /// missing (`add` one back if watching it fails).
    mutating func takeReturned(at now: ContinuousClock.Instant = .now) -> [String] {
        guard let deadline, now >= deadline else { return [] }
        let returned = roots.filter(FileSystem.isDirectory).sorted()
        roots.subtract(returned)
        self.deadline = roots.isEmpty ? nil : now + interval
        return returned
    }
}

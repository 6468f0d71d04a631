/// Collects changed paths until a quiet window passes without new ones, so a burst of saves
/// (or an editor's write–rename–chmod dance) becomes a single batch and a single rebuild.
///
/// Not thread-safe: each watcher thread owns one.
struct ChangeBatcher {
    let quietWindow: Duration
    /// A stream of changes that never pauses still gets flushed after this long, so a busy
    /// folder (a tool writing continuously) cannot starve the preview.
    let maximumDelay: Duration

    private var paths: Set<String> = []
    private var everythingChanged = false
    private var firstChange: ContinuousClock.Instant?
    private var lastChange: ContinuousClock.Instant?

    init(quietWindow: Duration, maximumDelay: Duration = .milliseconds(500)) {
        self.quietWindow = quietWindow
        self.maximumDelay = max(maximumDelay, quietWindow)
    }

    var isEmpty: Bool { paths.isEmpty && !everythingChanged }

    mutating func add(_ path: String, at now: ContinuousClock.Instant = .now) {
        paths.insert(path)
        noteChange(at: now)
    }

    /// Records that changes were lost (an inotify queue overflow): the batch becomes a full rebuild.
    mutating func addEverything(at now: ContinuousClock.Instant = .now) {
        everythingChanged = true
        noteChange(at: now)
    }

    /// When the pending batch is due, or nil when there is none.
    var deadline: ContinuousClock.Instant? {
        guard let firstChange, let lastChange, !isEmpty else { return nil }
        return min(lastChange + quietWindow, firstChange + maximumDelay)
    }

    /// The batch if it is due at `now` (sorted; empty means "everything"), leaving the batcher empty.
    mutating func takeIfDue(at now: ContinuousClock.Instant = .now) -> [String]? {
        guard let deadline, now >= deadline else { return nil }
        let batch = everythingChanged ? [] : paths.sorted()
        paths.removeAll()
        everythingChanged = false
        firstChange = nil
        lastChange = nil
        return batch
    }

    private mutating func noteChange(at now: ContinuousClock.Instant) {
        if firstChange == nil {
            firstChange = now
        }
        lastChange = now
    }
}

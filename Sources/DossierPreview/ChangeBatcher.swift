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
    /// Paths that came into existence during this batch: if they are gone again before it is
    /// delivered they were temporary files (`sed -i`, some editors' scratch names) and changed nothing.
    private var createdInBatch: Set<String> = []
    private var everythingChanged = false
    private var firstChange: ContinuousClock.Instant?
    private var lastChange: ContinuousClock.Instant?

    init(quietWindow: Duration, maximumDelay: Duration = .milliseconds(500)) {
        self.quietWindow = quietWindow
        self.maximumDelay = max(maximumDelay, quietWindow)
    }

    var isEmpty: Bool { paths.isEmpty && !everythingChanged }

    mutating func add(_ path: String, at now: ContinuousClock.Instant = .now) {
        noteChange(at: now)
        paths.insert(path)
    }

    /// A path that appeared (created, or moved in).
    mutating func addCreated(_ path: String, at now: ContinuousClock.Instant = .now) {
        // Only a path first seen by this creation counts as temporary: one that was already
        // changed (say, deleted) earlier in the batch must still be reported if it goes away again.
        let firstSeen = !paths.contains(path)
        add(path, at: now)
        if firstSeen {
            createdInBatch.insert(path)
        }
    }

    /// A path that disappeared (deleted, or moved out); dropped if it only existed within this batch.
    mutating func addRemoved(_ path: String, at now: ContinuousClock.Instant = .now) {
        guard createdInBatch.remove(path) != nil else {
            add(path, at: now)
            return
        }
        paths.remove(path)
        if isEmpty {
            reset()
        }
    }

    /// Records that changes were lost (an inotify queue overflow): the batch becomes a full rebuild.
    mutating func addEverything(at now: ContinuousClock.Instant = .now) {
        noteChange(at: now)
        everythingChanged = true
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
        reset()
        return batch
    }

    private mutating func noteChange(at now: ContinuousClock.Instant) {
        if isEmpty {
            firstChange = now
        }
        lastChange = now
    }

    private mutating func reset() {
        paths.removeAll()
        createdInBatch.removeAll()
        everythingChanged = false
        firstChange = nil
        lastChange = nil
    }
}

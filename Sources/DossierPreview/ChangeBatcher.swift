/// Collects changed paths until a quiet window passes without new ones, so a burst of saves
/// (or an editor's write–rename–chmod dance) becomes a single batch and a single rebuild.
///
/// Two windows: a change that completes a save (a file that was already there written and
/// closed, or a file renamed into place) is followed by the short `settleWindow`, which only has
/// to merge the events of the same save or of saves made back to back. Anything that may be the
/// start of a longer operation (a file created, removed, a folder) waits the full `quietWindow`.
/// Most edits an author makes are the first kind, and reach the browser 25 ms sooner for it.
///
/// Not thread-safe: each watcher thread owns one.
struct ChangeBatcher {
    let quietWindow: Duration
    let settleWindow: Duration
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
    /// The window after the latest change: the settle window when it completed a save.
    private var lastWindow: Duration

    init(quietWindow: Duration, settleWindow: Duration? = nil, maximumDelay: Duration = .milliseconds(500)) {
        self.quietWindow = quietWindow
        self.settleWindow = min(settleWindow ?? quietWindow, quietWindow)
        self.maximumDelay = max(maximumDelay, quietWindow)
        lastWindow = quietWindow
    }

    var isEmpty: Bool { paths.isEmpty && !everythingChanged }

    mutating func add(_ path: String, at now: ContinuousClock.Instant = .now) {
        noteChange(at: now, completesSave: false)
        paths.insert(path)
    }

    /// A file written and closed. It completes a save unless the file is new in this batch:
    /// a new file may be one of many being copied in, or a temporary file about to be renamed.
    mutating func addWritten(_ path: String, at now: ContinuousClock.Instant = .now) {
        noteChange(at: now, completesSave: !createdInBatch.contains(path))
        paths.insert(path)
    }

    /// A path that appeared (created, or moved in). A file moved in completes a save: editors
    /// that save through a temporary file rename it into place as their last step.
    mutating func addCreated(_ path: String, movedIn: Bool = false, at now: ContinuousClock.Instant = .now) {
        // Only a path first seen by this creation counts as temporary: one that was already
        // changed (say, deleted) earlier in the batch must still be reported if it goes away again.
        let firstSeen = !paths.contains(path)
        noteChange(at: now, completesSave: movedIn)
        paths.insert(path)
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
        noteChange(at: now, completesSave: false)
        everythingChanged = true
    }

    /// When the pending batch is due, or nil when there is none.
    var deadline: ContinuousClock.Instant? {
        guard let firstChange, let lastChange, !isEmpty else { return nil }
        return min(lastChange + lastWindow, firstChange + maximumDelay)
    }

    /// The batch if it is due at `now` (sorted; empty means "everything"), leaving the batcher empty.
    mutating func takeIfDue(at now: ContinuousClock.Instant = .now) -> [String]? {
        guard let deadline, now >= deadline else { return nil }
        let batch = everythingChanged ? [] : paths.sorted()
        reset()
        return batch
    }

    private mutating func noteChange(at now: ContinuousClock.Instant, completesSave: Bool) {
        if isEmpty {
            firstChange = now
        }
        lastChange = now
        lastWindow = completesSave ? settleWindow : quietWindow
    }

    private mutating func reset() {
        paths.removeAll()
        createdInBatch.removeAll()
        everythingChanged = false
        firstChange = nil
        lastChange = nil
    }
}

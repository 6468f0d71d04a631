import ServiceLifecycle

/// The watcher plus the rebuild loop, run as a service so both commands share signal handling
/// and graceful shutdown.
struct RebuildService: Service {
    let watcher: FileWatcher
    let loop: RebuildLoop

    /// Starts watching and then runs the first, full build. Watching first means an edit saved
    /// while that build runs still triggers a rebuild.
    static func prepare(
        watchedDirectories: [String],
        optionalDirectories: [String] = [],
        debounce: Duration,
        mode: FileWatcher.Mode,
        loop: RebuildLoop
    ) async throws -> RebuildService {
        let watcher = try FileWatcher(directories: watchedDirectories, debounce: debounce, mode: mode)
        // A folder the build does without (the theme folder, over the built-in theme) is
        // watched for as quietly as one that is there.
        for directory in watchedDirectories
        where !optionalDirectories.contains(directory) && !FileSystem.isDirectory(FileSystem.absolutePath(directory)) {
            loop.log("\(directory): no such folder yet; watching for it")
        }
        await loop.build(changedPaths: [])
        return RebuildService(watcher: watcher, loop: loop)
    }

    func run() async {
        // Stopping the watcher ends its batch stream, which ends the loop once the rebuild in
        // progress (if any) has finished; changes still pending are dropped.
        await withGracefulShutdownHandler {
            await loop.run(batches: watcher.batches)
        } onGracefulShutdown: {
            watcher.stop()
        }
        watcher.stop()
    }
}

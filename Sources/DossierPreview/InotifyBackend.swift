#if os(Linux)
    import Foundation
    import Glibc

    /// Watches every folder below the roots with inotify, adding watches for folders that are created
    /// or moved in and dropping them for folders that are removed or moved out. A root that goes
    /// away is watched again, and reported, once a folder is back at its path.
    ///
    /// `@unchecked Sendable`: after `init`, the watch table and the batcher are touched only by the
    /// backend's own thread; `stop()` only flips a locked flag and writes to the wake pipe.
    final class InotifyBackend: WatchBackend, @unchecked Sendable {
        /// Kernel ABI values from <sys/inotify.h>, spelled out because some are compound C macros Swift cannot import.
        private enum Mask {
            static let closeWrite: UInt32 = 0x0000_0008
            static let movedFrom: UInt32 = 0x0000_0040
            static let movedTo: UInt32 = 0x0000_0080
            static let create: UInt32 = 0x0000_0100
            static let delete: UInt32 = 0x0000_0200
            static let deleteSelf: UInt32 = 0x0000_0400
            static let moveSelf: UInt32 = 0x0000_0800
            static let queueOverflow: UInt32 = 0x0000_4000
            static let ignored: UInt32 = 0x0000_8000
            static let onlyDirectories: UInt32 = 0x0100_0000
            static let excludeUnlinked: UInt32 = 0x0400_0000
            static let isDirectory: UInt32 = 0x4000_0000

            /// IN_CLOSE_WRITE rather than IN_MODIFY: a file is reported once it is completely written,
            /// not at every chunk of a save. Renames (IN_MOVED_TO) cover editors that save via a temporary file.
            static let watched: UInt32 =
                closeWrite | movedFrom | movedTo | create | delete | deleteSelf | moveSelf | onlyDirectories | excludeUnlinked
        }

        private let descriptor: Int32
        private let wakePipe: WakePipe
        private let roots: [String]
        private let output: AsyncStream<[String]>.Continuation
        private var watches: [Int32: String] = [:]
        private var batcher: ChangeBatcher
        private var missingRoots = MissingRoots()

        init(roots: [String], quietWindow: Duration, settleWindow: Duration, output: AsyncStream<[String]>.Continuation) throws {
            let descriptor = inotify_init1(O_CLOEXEC | O_NONBLOCK)
            guard descriptor >= 0 else { throw FileWatcherError.cannotStart(errno: errno) }
            guard let wakePipe = WakePipe() else {
                let code = errno
                FileSystem.closeDescriptor(descriptor)
                throw FileWatcherError.cannotStart(errno: code)
            }
            self.descriptor = descriptor
            self.wakePipe = wakePipe
            self.roots = roots
            self.output = output
            self.batcher = ChangeBatcher(quietWindow: quietWindow, settleWindow: settleWindow)
            // Watches go in before init returns, so nothing saved after the watcher exists is missed.
            var existingFiles: [String] = []
            // A root not there yet (`serve` started before `mkdir Templates`) is looked for like
            // one that went away.
            for root in roots where !addTree(root, collectingFilesInto: &existingFiles) {
                missingRoots.add(root)
            }
        }

        func start() {
            let thread = Thread { [self] in
                self.runLoop()
            }
            thread.name = "dossier-inotify"
            thread.start()
        }

        func stop() {
            wakePipe.stop()
        }

        private func runLoop() {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while !wakePipe.isStopped {
                var descriptors = [
                    pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: wakePipe.readDescriptor, events: Int16(POLLIN), revents: 0),
                ]
                // Block indefinitely while idle; while a batch is pending, wake when its quiet window
                // ends, and while a root is missing, when it is time to look for it again.
                let wake = [batcher.deadline, missingRoots.deadline].compactMap { $0 }.min()
                let timeout = wake.map { (ContinuousClock.now.duration(to: $0)).roundedUpMilliseconds } ?? -1
                let ready = poll(&descriptors, 2, Int32(timeout))
                if ready < 0 && errno != EINTR {
                    break
                }
                if descriptors[1].revents != 0 {
                    break
                }
                if descriptors[0].revents != 0 {
                    readEvents(into: &buffer)
                }
                for root in missingRoots.takeReturned() where !watchReturnedRoot(root) {
                    missingRoots.add(root)
                }
                if let batch = batcher.takeIfDue() {
                    output.yield(batch)
                }
            }
            for watch in watches.keys {
                _ = inotify_rm_watch(descriptor, watch)
            }
            FileSystem.closeDescriptor(descriptor)
            wakePipe.close()
            output.finish()
        }

        private func readEvents(into buffer: inout [UInt8]) {
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { return }  // EAGAIN: drained (EINTR: poll will report it again).
                buffer.withUnsafeBytes { bytes in
                    var offset = 0
                    let headerSize = 16  // wd, mask, cookie, len
                    while offset + headerSize <= count {
                        let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                        let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                        let nameLength = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                        let nameEnd = offset + headerSize + nameLength
                        guard nameEnd <= count else { return }
                        let nameBytes = bytes[(offset + headerSize)..<nameEnd].prefix { $0 != 0 }
                        handle(watch: watch, mask: mask, name: String(decoding: nameBytes, as: UTF8.self))
                        offset = nameEnd
                    }
                }
            }
        }

        private func handle(watch: Int32, mask: UInt32, name: String) {
            if mask & Mask.queueOverflow != 0 {
                // Events were lost: ask for a full build, and pick up any folder created meanwhile.
                // A root that went (or came back) unnoticed is known by whether it can be watched.
                batcher.addEverything()
                var ignoredFiles: [String] = []
                for root in roots {
                    if addTree(root, collectingFilesInto: &ignoredFiles) {
                        missingRoots.remove(root)
                    } else {
                        missingRoots.add(root)
                    }
                }
                return
            }
            guard let directory = watches[watch] else { return }
            if mask & Mask.ignored != 0 {
                watches[watch] = nil
                // The kernel dropped a root's watch by itself (its file system was unmounted).
                if roots.contains(directory) {
                    missingRoots.add(directory)
                }
                return
            }
            if name.isEmpty {
                // The watched folder itself went away; only a root needs reporting (a subfolder was
                // already reported by its parent as deleted or moved out).
                if mask & (Mask.deleteSelf | Mask.moveSelf) != 0, roots.contains(directory) {
                    // Watches that moved with it would report its files under the old path; a
                    // folder back at that path, even the same one, is watched afresh.
                    removeTree(directory)
                    missingRoots.add(directory)
                    batcher.add(directory)
                }
                return
            }
            guard !WatchFilter.isIgnored(name: name) else { return }
            let path = directory + "/" + name
            let isDirectory = mask & Mask.isDirectory != 0
            let arrived = mask & (Mask.create | Mask.movedTo) != 0
            if arrived {
                batcher.addCreated(path, movedIn: mask & Mask.movedTo != 0 && !isDirectory)
            } else if mask & (Mask.delete | Mask.movedFrom) != 0 {
                batcher.addRemoved(path)
                // A link to a folder goes without the folder flag; its watches go with it.
                removeTree(path)
            } else if mask & Mask.closeWrite != 0 {
                batcher.addWritten(path)
            } else {
                batcher.add(path)
            }
            // A new link is a folder's only if it points to one, which the event does not say.
            if arrived, isDirectory || FileSystem.isDirectory(path) {
                // What the path led to before (a link renamed over another) is no longer under it.
                removeTree(path)
                // Files can land in a new folder before its watch exists; report what is already there.
                var files: [String] = []
                addTree(path, collectingFilesInto: &files)
                files.forEach { batcher.addCreated($0) }
            }
        }

        /// A root that had gone is a folder again: watches it and everything below it, and reports
        /// it with what it holds, as for a folder moved in. False if it could not be watched.
        private func watchReturnedRoot(_ root: String) -> Bool {
            var files: [String] = []
            guard addTree(root, collectingFilesInto: &files) else { return false }
            batcher.add(root)
            files.forEach { batcher.addCreated($0) }
            return true
        }

        /// Links to folders are followed, as the build follows them (a static folder kept elsewhere).
        /// Returns whether `directory` itself is watched.
        @discardableResult
        private func addTree(_ directory: String, collectingFilesInto files: inout [String]) -> Bool {
            // Fails harmlessly if the folder vanished meanwhile; ENOSPC means fs.inotify.max_user_watches is reached.
            let watch = inotify_add_watch(descriptor, directory, Mask.watched)
            guard watch >= 0 else { return false }
            // The kernel gives a folder one watch however it is reached: a folder already watched
            // under another path (through a link, or a link back up) keeps that path, and is not
            // walked again, so a link cycle cannot recurse forever.
            if let known = watches[watch], known != directory { return true }
            watches[watch] = directory
            for name in FileSystem.entries(of: directory) where !WatchFilter.isIgnored(name: name) {
                let path = directory + "/" + name
                guard let status = FileSystem.status(of: path) else { continue }
                if status.kind == .directory {
                    addTree(path, collectingFilesInto: &files)
                } else {
                    files.append(path)
                }
            }
            return true
        }

        private func removeTree(_ directory: String) {
            // A folder moved elsewhere keeps its watch in the kernel; drop it and everything below,
            // or later events would be reported under the old path.
            for (watch, path) in watches where path == directory || path.hasPrefix(directory + "/") {
                _ = inotify_rm_watch(descriptor, watch)
                watches[watch] = nil
            }
        }
    }
#endif

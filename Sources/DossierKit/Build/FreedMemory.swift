#if os(Linux)
import CMalloc
import Glibc
#endif

/// Gives the system back the memory a build has freed but the allocator still holds.
///
/// Loading makes far more than it keeps: file texts, YAML nodes, article bodies that pages read
/// again from their files. Allocators keep freed pages for reuse, so the pages rendered next were
/// counted on top of them. The dossier executable allocates through jemalloc (see
/// Sources/Allocator), which keeps freed pages for half a second: here it is told to hand them
/// all back at once. Under glibc's malloc (DossierKit's tests, other programs) the heap is
/// trimmed instead: on the 10,000-article bench report that lowered the peak from 172–174 MB to
/// 160 MB.
enum FreedMemory {
    static func release() {
        #if os(Linux)
        if let purge = jemallocPurge {
            purge()
        } else {
            _ = malloc_trim(0)
        }
        #endif
    }

    #if os(Linux)
    private typealias Mallctl = @convention(c) (
        UnsafePointer<CChar>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?, UnsafeMutableRawPointer?, Int
    ) -> Int32

    /// jemalloc's purge of every arena, when the process allocates through jemalloc. Looked up at
    /// run time so that DossierKit does not link jemalloc itself.
    private static let jemallocPurge: (() -> Void)? = {
        guard let symbol = dlsym(nil, "mallctl") else { return nil }
        let mallctl = unsafeBitCast(symbol, to: Mallctl.self)
        // 4096 is MALLCTL_ARENAS_ALL: every arena at once.
        return { _ = mallctl("arena.4096.purge", nil, nil, nil, 0) }
    }()
    #endif
}

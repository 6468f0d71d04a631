#if os(Linux)
import CMalloc
#endif

/// Gives the system back the memory a build has freed but the allocator still holds.
///
/// Loading makes far more than it keeps: file texts, YAML node trees, article bodies that pages
/// read again from their files. glibc keeps those freed pages mapped, so the pages rendered
/// next were counted on top of them: on the 10,000-article bench report, trimming once the
/// site is indexed lowered the build's peak resident memory from 172–174 MB to 160 MB. The
/// dossier executable now allocates through jemalloc, which hands freed pages back by itself
/// (see Sources/Allocator), and this has nothing left to trim there; it still serves
/// DossierKit running on glibc's malloc (its tests, other programs).
enum FreedMemory {
    static func release() {
        #if os(Linux)
        _ = malloc_trim(0)
        #endif
    }
}

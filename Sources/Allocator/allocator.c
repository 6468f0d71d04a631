// The dossier executable allocates through jemalloc (linked on Linux, see Package.swift), set up
// here: jemalloc reads this string when it starts, before main.
//
// dirty_decay_ms:0 and muzzy_decay_ms:0 hand freed pages back to the system at once instead of
// keeping them for reuse. A build frees most of what loading made (Yams's node trees) before it
// renders; against glibc's malloc, on the 10,000-article bench, this took peak memory from
// 165-168 MB to 145 MB and user CPU time from 11.4-12.5 s to 10.7-11.8 s (interleaved runs).
const char *malloc_conf = "dirty_decay_ms:0,muzzy_decay_ms:0";

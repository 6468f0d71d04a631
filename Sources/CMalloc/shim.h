// glibc's malloc_trim, which returns freed heap pages to the system (see FreedMemory.swift).
#if defined(__linux__)
#include <malloc.h>
#endif

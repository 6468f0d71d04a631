// Nothing to call: linking this target sets up the allocator (see allocator.c).

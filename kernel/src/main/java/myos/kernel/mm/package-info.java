/**
 * Physical and virtual memory of the kernel.
 *
 * <p><b>What it does.</b> Turns the firmware memory map ({@link myos.kernel.mm.MemoryMap})
 * into the set of frames the kernel may use ({@link myos.kernel.mm.RangeSet}), hands them
 * out ({@link myos.kernel.mm.FrameAllocator}), and builds x86-64 4-level page tables
 * ({@link myos.kernel.mm.PageTable}); {@link myos.kernel.mm.KernelMappings} lays out the
 * kernel's own address space: the image at -2 GiB with W^X per section, a guard page under
 * the boot stack, and a direct map of all RAM at {@code 0xffff800000000000}.
 *
 * <p><b>Why this way.</b> Everything here reaches memory only through
 * {@link myos.kernel.mm.PhysicalMemory} and gets frames only through
 * {@link myos.kernel.mm.FrameSource}, so it runs unchanged in JUnit over simulated memory
 * (DESIGN.md §7). Boot work must not grow with RAM (issue 4): the allocator starts from
 * ranges and bump cursors, nothing is cleared or threaded per frame, and the direct map
 * uses 2 MiB pages.
 *
 * <p><b>Invariants.</b> The first MiB and the kernel image are never in the allocator's
 * ranges, so physical address 0 doubles as "no frame". Memory that devices see (page
 * tables, DMA rings) comes from frames, never from the garbage-collected heap. The frame
 * allocator and page-table walks are {@code @NoAllocation}: they run in the page-fault
 * handler and under the heap's own page source.
 *
 * <p><b>Locking.</b> Until SMP, one CPU and interrupts off around allocator calls from
 * threads suffice; the allocator will get one spinlock (interrupts disabled) guarding its
 * cursors and free list, and each address space its own lock guarding its tables.
 */
package myos.kernel.mm;

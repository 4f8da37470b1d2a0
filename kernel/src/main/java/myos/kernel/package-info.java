/**
 * The MyOS2026 kernel (DESIGN.md §2). Hardware code lives under {@code arch} and
 * {@code drivers}; everything else is portable and unit-tested on the host JVM.
 */
package myos.kernel;

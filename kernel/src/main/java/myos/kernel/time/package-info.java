/**
 * Time: the monotonic nanosecond clock from the TSC, its calibration against the PIT, and
 * wall-clock time from the CMOS RTC. Portable arithmetic lives here and is tested on the
 * host; the device sequences are in {@code myos.kernel.arch.x86_64} ({@code Pit},
 * {@code Cmos}). Integer-only: the kernel never touches floating point.
 */
package myos.kernel.time;

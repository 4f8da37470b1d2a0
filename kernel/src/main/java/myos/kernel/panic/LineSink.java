package myos.kernel.panic;

import myos.kernel.log.Fmt;

/** Where panic lines go: the console (and the kmsg ring). Must not allocate. */
public interface LineSink {
    void line(Fmt line);
}

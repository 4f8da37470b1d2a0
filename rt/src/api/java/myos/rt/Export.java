package myos.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a static method callable from assembly under the C name {@code value()}, with the
 * C calling convention of its parameters (long -> int64_t, int -> int32_t, ...). The
 * compiler emits a wrapper with a catch-all: an exception escaping an exported method is
 * a fatal error (kernel: a panic), since assembly cannot handle it (DESIGN.md §1).
 * Exported methods are roots of reachability.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Export {
    String value();
}

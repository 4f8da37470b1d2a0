package myos.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a static native method: calls the C/assembly function {@code value()} (context
 * switch, user return). Only runtime and kernel code may declare one; the function must
 * not throw and must follow the System V calling convention.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Extern {
    String value();
}

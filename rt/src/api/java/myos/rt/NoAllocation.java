package myos.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Nothing reachable from the annotated method may allocate on the garbage-collected heap:
 * no {@code new}, arrays, string concatenation, boxing, capturing lambdas, class
 * initialisation or exceptions. The compiler checks the whole call graph and fails the
 * build naming the path (docs/abi.md).
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
public @interface NoAllocation {
    String reason();
}

package myos.aot;

/**
 * A construct the compiler cannot (or must not) compile. The message always names the
 * class, the method and the referencing site, so the user can find it (DESIGN.md §1).
 */
public final class BuildError extends RuntimeException {
    public BuildError(String message) {
        super(message);
    }
}

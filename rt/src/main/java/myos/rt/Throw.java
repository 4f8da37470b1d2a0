package myos.rt;

/**
 * The exceptions generated code raises for failed run-time checks (docs/abi.md,
 * "Exceptions"). Each method creates the exception, stores it in the thread block's pending
 * slot and returns; the generated code then dispatches to the handler or returns to its
 * caller. If creating the exception itself runs out of memory, the allocator has already
 * made OutOfMemoryError pending and that one propagates instead, as on the JVM.
 *
 * <p>Messages are HotSpot's (JDK 25, -XX:-ShowCodeDetailsInExceptionMessages), checked by
 * running the same casts on Temurin 25.
 */
public final class Throw {
    private Throw() {}

    private static void pending(Throwable t) {
        Mem.storeVolatile64(Mem.threadBlock() + ThreadBlock.PENDING_EXCEPTION, Mem.addressOf(t));
    }

    public static void nullPointer() {
        pending(new NullPointerException());
    }

    /** "Index 5 out of bounds for length 3". */
    public static void arrayIndex(int index, int length) {
        pending(new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length));
    }

    public static void arithmeticDivByZero() {
        pending(new ArithmeticException("/ by zero"));
    }

    /** The message is the length: "-1". */
    public static void negativeArraySize(int length) {
        pending(new NegativeArraySizeException(Integer.toString(length)));
    }

    /** The message is the stored value's class name: "java.lang.String", "[I". */
    public static void arrayStore(Object value, Object array) {
        pending(new ArrayStoreException(value.getClass().getName()));
    }

    /**
     * A call through a dispatch-table slot the receiver's class has no implementation for:
     * possible only with class files compiled apart. The compiler's stub for that slot
     * (aot LinkageStubs) passes HotSpot's message.
     */
    public static void abstractMethod(String message) {
        pending(new AbstractMethodError(message));
    }

    /** The same for a slot with more than one maximally specific default method (JVMS §5.4.6). */
    public static void conflictingDefaults(String message) {
        pending(new IncompatibleClassChangeError(message));
    }

    /** Below this much stack the reserve is used up: no error can be constructed any more. */
    private static final long STACK_FLOOR = 8 * 1024;

    /**
     * Called by the prologue of a method whose frame lies within the stack reserve (rt.h
     * STACK_LOW_HIT). Constructing the error runs Java code that passes such prologues too;
     * while this thread is doing so they return here with nothing pending and proceed into
     * the reserve. Only if that runs dry is the process stopped, as HotSpot does when even
     * its reserved zone is exhausted.
     */
    public static void stackOverflow() {
        long tb = Mem.threadBlock();
        int flags = Mem.load32(tb + Tb.FLAGS);
        if ((flags & Tb.FLAG_THROWING_SOE) != 0) {
            if (Mem.stackPointer() - Mem.load64(tb + ThreadBlock.STACK_LOW) < STACK_FLOOR) {
                Log.fatal("stack overflow while creating a StackOverflowError");
            }
            return;
        }
        Mem.store32(tb + Tb.FLAGS, flags | Tb.FLAG_THROWING_SOE);
        try {
            pending(new StackOverflowError());
        } finally {
            Mem.store32(tb + Tb.FLAGS, Mem.load32(tb + Tb.FLAGS) & ~Tb.FLAG_THROWING_SOE);
        }
    }

    public static void outOfMemory() {
        Heap.throwOutOfMemory();
    }

    /**
     * "class A cannot be cast to class B (A and B are in unnamed module of loader 'app')";
     * library classes (java.*) are "in module java.base of loader 'bootstrap'", and when the
     * two differ HotSpot names each: "(A is in ...; B is in ...)".
     */
    public static void classCast(Object o, Class<?> to) {
        String from = o.getClass().getName();
        String target = to.getName();
        String fromWhere = where(from), toWhere = where(target);
        String detail = fromWhere.equals(toWhere)
                ? from + " and " + target + " are in " + fromWhere
                : from + " is in " + fromWhere + "; " + target + " is in " + toWhere;
        pending(new ClassCastException("class " + from + " cannot be cast to class " + target + " (" + detail + ")"));
    }

    /** Where HotSpot says a class lives; arrays live with their element type. */
    private static String where(String className) {
        int i = 0;
        while (i < className.length() && className.charAt(i) == '[') i++;
        if (i > 0 && className.charAt(i) != 'L') return BOOT; // array of a primitive type
        String element = i > 0 ? className.substring(i + 1) : className;
        return isLibrary(element) ? BOOT : APP;
    }

    private static final String BOOT = "module java.base of loader 'bootstrap'";
    private static final String APP = "unnamed module of loader 'app'";

    private static boolean isLibrary(String name) {
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("myos.rt.") || name.startsWith("myos.classlib.");
    }

    /**
     * The message of the ExceptionInInitializerError that HotSpot (JDK 17+) attaches as the
     * cause of every later NoClassDefFoundError of a class whose initialiser threw {@code t}.
     * Called by the compiler's class-initialisation code (docs/abi.md).
     */
    public static String initFailureMessage(Throwable t) {
        return "Exception " + t + " [in thread \"" + Thread.currentThread().getName() + "\"]";
    }
}

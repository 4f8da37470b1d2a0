package java.lang.invoke;

/** Declaration for javac only: the return type of bootstrap methods; never instantiated. */
public abstract class CallSite {
    CallSite() {}

    public abstract MethodHandle getTarget();
}

package java.lang.invoke;

/** Declaration for javac only (used in the record ObjectMethods bootstrap signature). */
public interface TypeDescriptor {
    String descriptorString();

    interface OfField<F extends OfField<F>> extends TypeDescriptor {
    }

    interface OfMethod<F extends OfField<F>, M extends OfMethod<F, M>> extends TypeDescriptor {
    }
}

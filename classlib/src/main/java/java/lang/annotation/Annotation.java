package java.lang.annotation;

/** The common interface of all annotation interfaces. */
public interface Annotation {
    boolean equals(Object obj);

    int hashCode();

    String toString();

    Class<? extends Annotation> annotationType();
}

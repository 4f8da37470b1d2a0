package java.lang.annotation;

/** A constant field that native code may reference. */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.SOURCE)
public @interface Native {
}

package java.io;

/** Marker interface; the library has no object serialization, but the type is part of many signatures. */
public interface Serializable {
}

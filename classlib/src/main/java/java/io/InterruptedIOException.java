package java.io;

public class InterruptedIOException extends IOException {
    public InterruptedIOException() { super(); }
    public InterruptedIOException(String s) { super(s); }
    public int bytesTransferred = 0;
}

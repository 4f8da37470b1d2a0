package java.util;

/** An argument index of 0 or beyond int (JDK 16 API; its constructor is package-private there too). */
final class IllegalFormatArgumentIndexException extends IllegalFormatException {
    private final int illegalIndex;

    IllegalFormatArgumentIndexException(int index) { this.illegalIndex = index; }

    int getIndex() { return illegalIndex; }

    @Override
    public String getMessage() {
        return illegalIndex == Integer.MIN_VALUE ? "Format argument index: (not representable as int)"
                : "Illegal format argument index = " + illegalIndex;
    }
}

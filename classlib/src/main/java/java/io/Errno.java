package java.io;

/** Linux errno values to the strerror texts the JDK puts into its IOException messages. */
final class Errno {
    private Errno() {}

    static String message(int errno) {
        if (errno < 0) errno = -errno;
        switch (errno) {
            case 1: return "Operation not permitted";
            case 2: return "No such file or directory";
            case 4: return "Interrupted system call";
            case 5: return "Input/output error";
            case 6: return "No such device or address";
            case 9: return "Bad file descriptor";
            case 11: return "Resource temporarily unavailable";
            case 12: return "Cannot allocate memory";
            case 13: return "Permission denied";
            case 14: return "Bad address";
            case 16: return "Device or resource busy";
            case 17: return "File exists";
            case 18: return "Invalid cross-device link";
            case 19: return "No such device";
            case 20: return "Not a directory";
            case 21: return "Is a directory";
            case 22: return "Invalid argument";
            case 23: return "Too many open files in system";
            case 24: return "Too many open files";
            case 25: return "Inappropriate ioctl for device";
            case 26: return "Text file busy";
            case 27: return "File too large";
            case 28: return "No space left on device";
            case 29: return "Illegal seek";
            case 30: return "Read-only file system";
            case 31: return "Too many links";
            case 32: return "Broken pipe";
            case 36: return "File name too long";
            case 38: return "Function not implemented";
            case 39: return "Directory not empty";
            case 40: return "Too many levels of symbolic links";
            case 95: return "Operation not supported";
            case 122: return "Disk quota exceeded";
            default: return "Unknown error " + errno;
        }
    }

    /** The path as the 0-terminated UTF-8 bytes myos.rt.Os expects. */
    static byte[] path(String path) {
        byte[] utf8 = path.getBytes(); // UTF-8, the default charset
        byte[] z = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, z, 0, utf8.length);
        return z;
    }
}

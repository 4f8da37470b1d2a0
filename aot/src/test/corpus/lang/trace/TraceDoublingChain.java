package corpus.lang.trace;

/**
 * A chain of small methods that each call the next twice (aot Inlining.bound): forced inline
 * copies of copies would expand 2^30-fold and never finish compiling; the copies whose
 * expansion passes the limit are left to gcc. The results, and the stack trace of an
 * exception thrown at the bottom of the chain (every frame with its own line, through copies
 * forced or not), must be HotSpot's.
 */
public class TraceDoublingChain {
    static int f0(int x) {
        if (x == -7) throw new IllegalStateException("bottom " + x);
        return x * 31 + 1;
    }
    static int f1(int x) { return f0(x) ^ f0(x + 1); }
    static int f2(int x) { return f1(x) ^ f1(x + 2); }
    static int f3(int x) { return f2(x) ^ f2(x + 3); }
    static int f4(int x) { return f3(x) ^ f3(x + 4); }
    static int f5(int x) { return f4(x) ^ f4(x + 5); }
    static int f6(int x) { return f5(x) ^ f5(x + 6); }
    static int f7(int x) { return f6(x) ^ f6(x + 7); }
    static int f8(int x) { return f7(x) ^ f7(x + 8); }
    static int f9(int x) { return f8(x) ^ f8(x + 9); }
    static int f10(int x) { return f9(x) ^ f9(x + 10); }
    static int f11(int x) { return f10(x) ^ f10(x + 11); }
    static int f12(int x) { return f11(x) ^ f11(x + 12); }
    static int f13(int x) { return f12(x) ^ f12(x + 13); }
    static int f14(int x) { return f13(x) ^ f13(x + 14); }
    static int f15(int x) { return f14(x) ^ f14(x + 15); }
    static int f16(int x) { return f15(x) ^ f15(x + 16); }
    static int f17(int x) { return f16(x) ^ f16(x + 17); }
    static int f18(int x) { return f17(x) ^ f17(x + 18); }
    static int f19(int x) { return f18(x) ^ f18(x + 19); }
    static int f20(int x) { return f19(x) ^ f19(x + 20); }
    static int f21(int x) { return f20(x) ^ f20(x + 21); }
    static int f22(int x) { return f21(x) ^ f21(x + 22); }
    static int f23(int x) { return f22(x) ^ f22(x + 23); }
    static int f24(int x) { return f23(x) ^ f23(x + 24); }
    static int f25(int x) { return f24(x) ^ f24(x + 25); }
    static int f26(int x) { return f25(x) ^ f25(x + 26); }
    static int f27(int x) { return f26(x) ^ f26(x + 27); }
    static int f28(int x) { return f27(x) ^ f27(x + 28); }
    static int f29(int x) { return f28(x) ^ f28(x + 29); }
    static int f30(int x) { return f29(x) ^ f29(x + 30); }

    public static void main(String[] args) {
        System.out.println(f3(1) + " " + f8(2) + " " + f12(3));
        System.out.println(f20(args.length) + " " + f16(5));
        // Reachable, so compiled with all its copies, but 2^30 calls are too many to run here.
        if (args.length > 100) System.out.println(f30(args.length));
        for (int depth : new int[] {1, 5, 17}) {
            try {
                System.out.println(depth == 1 ? f1(-7) : depth == 5 ? f5(-7) : f17(-7));
            } catch (IllegalStateException e) {
                StackTraceElement[] st = e.getStackTrace();
                StringBuilder b = new StringBuilder(e.getMessage());
                for (int i = 0; i < Math.min(st.length, depth + 3); i++) b.append(" | ").append(st[i].getMethodName()).append(':').append(st[i].getLineNumber());
                System.out.println(b);
            }
        }
    }
}

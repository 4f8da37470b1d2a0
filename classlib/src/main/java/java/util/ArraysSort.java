package java.util;

/**
 * Sorting algorithms behind Arrays.sort. Primitives: 3-way quicksort (ninther pivot) with
 * insertion sort for short ranges; float and double compare as Float/Double.compare do
 * (-0.0 before 0.0, NaN last), like the JDK. Objects: a stable merge sort (the JDK uses
 * TimSort; both are stable, so results are identical for consistent comparators).
 */
final class ArraysSort {
    private ArraysSort() {
    }

    private static final int INSERTION_THRESHOLD = 16;

    static void sort(int[] a, int lo, int hi) {
        while (hi - lo > INSERTION_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            int x;
            if (hi - lo > 64) {
                int s = (hi - lo) >>> 3;
                x = med3(med3(a[lo], a[lo + s], a[lo + 2 * s]), med3(a[mid - s], a[mid], a[mid + s]),
                        med3(a[hi - 1 - 2 * s], a[hi - 1 - s], a[hi - 1]));
            } else {
                x = med3(a[lo], a[mid], a[hi - 1]);
            }
            int lt = lo, i = lo, gt = hi - 1;
            while (i <= gt) {
                int v = a[i];
                if ((v < x)) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if ((x < v)) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (lt - lo < hi - gt - 1) {
                sort(a, lo, lt);
                lo = gt + 1;
            } else {
                sort(a, gt + 1, hi);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && (v < a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static int med3(int a, int b, int c) {
        if ((a < b)) {
            return (b < c) ? b : ((a < c) ? c : a);
        } else {
            return (a < c) ? a : ((b < c) ? c : b);
        }
    }

    static void sort(long[] a, int lo, int hi) {
        while (hi - lo > INSERTION_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            long x;
            if (hi - lo > 64) {
                int s = (hi - lo) >>> 3;
                x = med3(med3(a[lo], a[lo + s], a[lo + 2 * s]), med3(a[mid - s], a[mid], a[mid + s]),
                        med3(a[hi - 1 - 2 * s], a[hi - 1 - s], a[hi - 1]));
            } else {
                x = med3(a[lo], a[mid], a[hi - 1]);
            }
            int lt = lo, i = lo, gt = hi - 1;
            while (i <= gt) {
                long v = a[i];
                if ((v < x)) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if ((x < v)) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (lt - lo < hi - gt - 1) {
                sort(a, lo, lt);
                lo = gt + 1;
            } else {
                sort(a, gt + 1, hi);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= lo && (v < a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static long med3(long a, long b, long c) {
        if ((a < b)) {
            return (b < c) ? b : ((a < c) ? c : a);
        } else {
            return (a < c) ? a : ((b < c) ? c : b);
        }
    }

    static void sort(short[] a, int lo, int hi) {
        while (hi - lo > INSERTION_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            short x;
            if (hi - lo > 64) {
                int s = (hi - lo) >>> 3;
                x = med3(med3(a[lo], a[lo + s], a[lo + 2 * s]), med3(a[mid - s], a[mid], a[mid + s]),
                        med3(a[hi - 1 - 2 * s], a[hi - 1 - s], a[hi - 1]));
            } else {
                x = med3(a[lo], a[mid], a[hi - 1]);
            }
            int lt = lo, i = lo, gt = hi - 1;
            while (i <= gt) {
                short v = a[i];
                if ((v < x)) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if ((x < v)) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (lt - lo < hi - gt - 1) {
                sort(a, lo, lt);
                lo = gt + 1;
            } else {
                sort(a, gt + 1, hi);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            short v = a[i];
            int j = i - 1;
            while (j >= lo && (v < a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static short med3(short a, short b, short c) {
        if ((a < b)) {
            return (b < c) ? b : ((a < c) ? c : a);
        } else {
            return (a < c) ? a : ((b < c) ? c : b);
        }
    }

    static void sort(char[] a, int lo, int hi) {
        while (hi - lo > INSERTION_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            char x;
            if (hi - lo > 64) {
                int s = (hi - lo) >>> 3;
                x = med3(med3(a[lo], a[lo + s], a[lo + 2 * s]), med3(a[mid - s], a[mid], a[mid + s]),
                        med3(a[hi - 1 - 2 * s], a[hi - 1 - s], a[hi - 1]));
            } else {
                x = med3(a[lo], a[mid], a[hi - 1]);
            }
            int lt = lo, i = lo, gt = hi - 1;
            while (i <= gt) {
                char v = a[i];
                if ((v < x)) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if ((x < v)) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (lt - lo < hi - gt - 1) {
                sort(a, lo, lt);
                lo = gt + 1;
            } else {
                sort(a, gt + 1, hi);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            char v = a[i];
            int j = i - 1;
            while (j >= lo && (v < a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static char med3(char a, char b, char c) {
        if ((a < b)) {
            return (b < c) ? b : ((a < c) ? c : a);
        } else {
            return (a < c) ? a : ((b < c) ? c : b);
        }
    }

    static void sort(byte[] a, int lo, int hi) {
        while (hi - lo > INSERTION_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            byte x;
            if (hi - lo > 64) {
                int s = (hi - lo) >>> 3;
                x = med3(med3(a[lo], a[lo + s], a[lo + 2 * s]), med3(a[mid - s], a[mid], a[mid + s]),
                        med3(a[hi - 1 - 2 * s], a[hi - 1 - s], a[hi - 1]));
            } else {
                x = med3(a[lo], a[mid], a[hi - 1]);
            }
            int lt = lo, i = lo, gt = hi - 1;
            while (i <= gt) {
                byte v = a[i];
                if ((v < x)) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if ((x < v)) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (lt - lo < hi - gt - 1) {
                sort(a, lo, lt);
                lo = gt + 1;
            } else {
                sort(a, gt + 1, hi);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            byte v = a[i];
            int j = i - 1;
            while (j >= lo && (v < a[j])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static byte med3(byte a, byte b, byte c) {
        if ((a < b)) {
            return (b < c) ? b : ((a < c) ? c : a);
        } else {
            return (a < c) ? a : ((b < c) ? c : b);
        }
    }

    static void sort(float[] a, int lo, int hi) {
        while (hi - lo > INSERTION_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            float x;
            if (hi - lo > 64) {
                int s = (hi - lo) >>> 3;
                x = med3(med3(a[lo], a[lo + s], a[lo + 2 * s]), med3(a[mid - s], a[mid], a[mid + s]),
                        med3(a[hi - 1 - 2 * s], a[hi - 1 - s], a[hi - 1]));
            } else {
                x = med3(a[lo], a[mid], a[hi - 1]);
            }
            int lt = lo, i = lo, gt = hi - 1;
            while (i <= gt) {
                float v = a[i];
                if ((v < x || (!(v > x) && Float.compare(v, x) < 0))) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if ((x < v || (!(x > v) && Float.compare(x, v) < 0))) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (lt - lo < hi - gt - 1) {
                sort(a, lo, lt);
                lo = gt + 1;
            } else {
                sort(a, gt + 1, hi);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            float v = a[i];
            int j = i - 1;
            while (j >= lo && (v < a[j] || (!(v > a[j]) && Float.compare(v, a[j]) < 0))) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static float med3(float a, float b, float c) {
        if ((a < b || (!(a > b) && Float.compare(a, b) < 0))) {
            return (b < c || (!(b > c) && Float.compare(b, c) < 0)) ? b : ((a < c || (!(a > c) && Float.compare(a, c) < 0)) ? c : a);
        } else {
            return (a < c || (!(a > c) && Float.compare(a, c) < 0)) ? a : ((b < c || (!(b > c) && Float.compare(b, c) < 0)) ? c : b);
        }
    }

    static void sort(double[] a, int lo, int hi) {
        while (hi - lo > INSERTION_THRESHOLD) {
            int mid = (lo + hi) >>> 1;
            double x;
            if (hi - lo > 64) {
                int s = (hi - lo) >>> 3;
                x = med3(med3(a[lo], a[lo + s], a[lo + 2 * s]), med3(a[mid - s], a[mid], a[mid + s]),
                        med3(a[hi - 1 - 2 * s], a[hi - 1 - s], a[hi - 1]));
            } else {
                x = med3(a[lo], a[mid], a[hi - 1]);
            }
            int lt = lo, i = lo, gt = hi - 1;
            while (i <= gt) {
                double v = a[i];
                if ((v < x || (!(v > x) && Double.compare(v, x) < 0))) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if ((x < v || (!(x > v) && Double.compare(x, v) < 0))) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            if (lt - lo < hi - gt - 1) {
                sort(a, lo, lt);
                lo = gt + 1;
            } else {
                sort(a, gt + 1, hi);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && (v < a[j] || (!(v > a[j]) && Double.compare(v, a[j]) < 0))) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static double med3(double a, double b, double c) {
        if ((a < b || (!(a > b) && Double.compare(a, b) < 0))) {
            return (b < c || (!(b > c) && Double.compare(b, c) < 0)) ? b : ((a < c || (!(a > c) && Double.compare(a, c) < 0)) ? c : a);
        } else {
            return (a < c || (!(a > c) && Double.compare(a, c) < 0)) ? a : ((b < c || (!(b > c) && Double.compare(b, c) < 0)) ? c : b);
        }
    }

    /** Stable sort of a[lo, hi) by c (natural order when c is null). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> void sort(T[] a, int lo, int hi, Comparator<? super T> c) {
        if (hi - lo < 2)
            return;
        if (c == null)
            c = (Comparator) Comparators.NaturalOrderComparator.INSTANCE;
        Object[] tmp = new Object[hi - lo];
        mergeSort(a, tmp, lo, hi, c);
    }

    private static final int MERGE_INSERTION_THRESHOLD = 7;

    @SuppressWarnings("unchecked")
    private static <T> void mergeSort(T[] a, Object[] tmp, int lo, int hi, Comparator<? super T> c) {
        int n = hi - lo;
        if (n <= MERGE_INSERTION_THRESHOLD) {
            for (int i = lo + 1; i < hi; i++) {
                T v = a[i];
                int j = i - 1;
                while (j >= lo && c.compare(v, a[j]) < 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, c);
        mergeSort(a, tmp, mid, hi, c);
        if (c.compare(a[mid], a[mid - 1]) >= 0)
            return;
        int leftLen = mid - lo;
        System.arraycopy(a, lo, tmp, 0, leftLen);
        int i = 0, j = mid, k = lo;
        while (i < leftLen && j < hi) {
            if (c.compare(a[j], (T) tmp[i]) < 0)
                a[k++] = a[j++];
            else
                a[k++] = (T) tmp[i++];
        }
        while (i < leftLen)
            a[k++] = (T) tmp[i++];
    }
}

package corpus.lang.obj;

/** Object.clone: Cloneable (shallow copy, fields of every type), CloneNotSupportedException, covariant clone overrides. */
public class CloneObjects {
    static class Point implements Cloneable {
        int x;
        long y;
        double z;
        String name;
        int[] data;
        Point(int x, long y, double z, String name, int[] data) { this.x = x; this.y = y; this.z = z; this.name = name; this.data = data; }
        @Override public Point clone() {
            try {
                return (Point) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
        @Override public String toString() { return x + "," + y + "," + z + "," + name + "," + data[0]; }
    }

    static class Deep extends Point {
        byte flag = 7;
        Deep() { super(1, 2, 3, "deep", new int[] {9}); }
        @Override public Deep clone() {
            Deep d = (Deep) super.clone();
            d.data = data.clone();
            return d;
        }
    }

    static class NotCloneable {
        int v = 5;
        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }

    public static void main(String[] args) throws Exception {
        Point p = new Point(1, 2L, 3.5, "p", new int[] {10});
        Point q = p.clone();
        q.x = 100;
        q.data[0] = 20;
        System.out.println(p + " | " + q + " | " + (p != q) + " " + (p.getClass() == q.getClass()) + " " + (p.data == q.data) + " " + (p.name == q.name));
        Deep d = new Deep();
        Deep e = d.clone();
        e.data[0] = -1;
        e.flag = 8;
        System.out.println(d + " " + d.flag + " | " + e + " " + e.flag + " " + e.getClass().getSimpleName());
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException ex) {
            System.out.println("CloneNotSupportedException " + ex.getMessage());
        }
        Object[] objs = {"a", p};
        Object[] oc = objs.clone();
        System.out.println((oc[1] == p) + " " + oc.length + " " + oc.getClass().getName());
        String[][] grid = {{"a"}, {"b", "c"}};
        String[][] gc = grid.clone();
        System.out.println((gc[1] == grid[1]) + " " + gc.getClass().getName());
    }
}

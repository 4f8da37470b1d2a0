package myos.kernel.mm;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("host")
class RangeSetTest {
    private static String dump(RangeSet s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.count(); i++) b.append('[').append(s.start(i)).append(',').append(s.end(i)).append(')');
        return b.toString();
    }

    @Test
    void addKeepsRangesSortedAndMergesTouchingOnes() {
        RangeSet s = new RangeSet();
        s.add(50, 60);
        s.add(10, 20);
        s.add(30, 40);
        assertEquals("[10,20)[30,40)[50,60)", dump(s));
        s.add(20, 30);                       // touches both neighbours
        assertEquals("[10,40)[50,60)", dump(s));
        s.add(35, 55);
        assertEquals("[10,60)", dump(s));
        s.add(5, 5);                         // empty: ignored
        assertEquals("[10,60)", dump(s));
        assertEquals(50, s.size());
    }

    @Test
    void removeTrimsAndSplits() {
        RangeSet s = new RangeSet();
        s.add(0, 100);
        s.remove(40, 60);
        assertEquals("[0,40)[60,100)", dump(s));
        s.remove(30, 70);
        assertEquals("[0,30)[70,100)", dump(s));
        s.remove(0, 30);
        assertEquals("[70,100)", dump(s));
        s.remove(90, 200);
        assertEquals("[70,90)", dump(s));
        assertTrue(s.contains(70));
        assertFalse(s.contains(90));
    }

    @Test
    void removeAcrossSeveralRanges() {
        RangeSet s = new RangeSet();
        for (int i = 0; i < 40; i++) s.add(i * 10, i * 10 + 5);   // forces the arrays to grow
        assertEquals(40, s.count());
        s.remove(12, 383);
        assertEquals("[0,5)[10,12)[383,385)[390,395)", dump(s));
    }

    @Test
    void alignInwardDropsPartialPages() {
        RangeSet s = new RangeSet();
        s.add(100, 9000);
        s.add(0x3001, 0x3fff);                // no whole page inside
        s.add(0x5000, 0x7800);
        s.alignInward(4096);
        assertEquals("[4096,8192)[20480,28672)", dump(s));
    }
}

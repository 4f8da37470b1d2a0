package myos.aot;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.Type;

/**
 * Object layout (docs/abi.md): 16-byte header, superclass fields first, then own fields
 * by decreasing size, each naturally aligned. Vtables extend the superclass's. Interface
 * methods get "selector colours": slots past a class's own vtable chosen so that no class
 * needs two selectors in one slot (TeaVM's scheme), which makes invokeinterface one load.
 */
final class Layout {
    static final int HEADER = 16;
    static final int ARRAY_LENGTH = 16;
    static final int ARRAY_DATA = 24;

    private final World world;
    private final Map<String, Integer> selectors = new TreeMap<>();
    private final Map<ClassInfo, BitSet> usedSlots = new HashMap<>();
    private final Map<ClassInfo, Integer> tableLength = new LinkedHashMap<>();

    Layout(World world) {
        this.world = world;
    }

    void fields(ClassInfo c) {
        if (c.instanceSize >= 0) return;
        int size = HEADER;
        if (c.superclass != null) {
            fields(c.superclass);
            size = c.superclass.instanceSize;
            c.refOffsets.addAll(c.superclass.refOffsets);
        }
        if (c.isInterface()) size = HEADER;
        for (int width : new int[] {8, 4, 2, 1}) {
            for (FieldInfo f : c.fields.values()) {
                if (f.isStatic()) continue;
                if (CTypes.size(Type.getType(f.desc)) != width) continue;
                size = (size + width - 1) & -width;
                f.offset = size;
                if (f.isReference()) c.refOffsets.add(size);
                size += width;
            }
        }
        c.instanceSize = (size + 7) & -8;
    }

    /** Class vtables: inherited slots first, then methods that do not override one. */
    void vtable(ClassInfo c) {
        if (c.vtable != null || c.isInterface()) return;
        List<MethodInfo> vt = new ArrayList<>();
        if (c.superclass != null) {
            vtable(c.superclass);
            vt.addAll(c.superclass.vtable);
        }
        for (MethodInfo m : c.methods.values()) {
            if (!m.isVirtual()) continue;
            boolean replaced = false;
            for (int i = 0; i < vt.size(); i++) {
                if (vt.get(i).sig().equals(m.sig())) {
                    vt.set(i, m);
                    m.vtableIndex = i;
                    replaced = true;
                    break;
                }
            }
            if (!replaced) {
                m.vtableIndex = vt.size();
                vt.add(m);
            }
        }
        // Miranda slots: interface methods the class does not declare, so invokevirtual
        // on an inherited default method has a slot too.
        for (ClassInfo i : c.allInterfaces()) {
            for (MethodInfo m : i.methods.values()) {
                if (m.isStatic() || m.isPrivate() || m.name.startsWith("<")) continue;
                boolean present = false;
                for (MethodInfo v : vt) if (v.sig().equals(m.sig())) { present = true; break; }
                if (!present) vt.add(m);
            }
        }
        c.vtable = vt;
        c.depth = c.superclass == null ? 0 : c.superclass.depth + 1;
    }

    /** The slot for a class method (found by signature in its class's vtable). */
    int vtableIndex(MethodInfo target) {
        vtable(target.owner);
        List<MethodInfo> vt = target.owner.vtable;
        for (int i = 0; i < vt.size(); i++) if (vt.get(i).sig().equals(target.sig())) return i;
        throw new BuildError(target.display() + ": no vtable slot");
    }

    /**
     * Assigns every interface selector called in the program a slot that is free in each
     * class implementing it. Greedy colouring in sorted selector order (deterministic).
     */
    void colour(Collection<String> interfaceSelectors, Collection<ClassInfo> classes) {
        for (String sig : new java.util.TreeSet<>(interfaceSelectors)) {
            List<ClassInfo> impl = new ArrayList<>();
            for (ClassInfo c : classes) {
                if (c.isInterface()) continue;
                for (ClassInfo i : c.allInterfaces()) {
                    MethodInfo m = i.methods.get(sig);
                    if (m != null && !m.isStatic() && !m.isPrivate()) { impl.add(c); break; }
                }
            }
            int slot = 0;
            for (ClassInfo c : impl) slot = Math.max(slot, c.vtable.size());
            while (true) {
                boolean free = true;
                for (ClassInfo c : impl) if (used(c).get(slot)) { free = false; break; }
                if (free) break;
                slot++;
            }
            selectors.put(sig, slot);
            for (ClassInfo c : impl) {
                used(c).set(slot);
                c.itable.put(slot, null);
                tableLength.merge(c, slot + 1, Math::max);
            }
        }
    }

    private BitSet used(ClassInfo c) { return usedSlots.computeIfAbsent(c, k -> new BitSet()); }

    int selectorSlot(String sig) {
        Integer s = selectors.get(sig);
        if (s == null) throw new BuildError("interface selector " + sig + " has no slot (not seen by reachability)");
        return s;
    }

    Map<String, Integer> selectors() { return selectors; }

    /** vtable length incl. interface slots. */
    int tableLength(ClassInfo c) {
        return Math.max(c.vtable == null ? 0 : c.vtable.size(), tableLength.getOrDefault(c, 0));
    }

    World world() { return world; }
}

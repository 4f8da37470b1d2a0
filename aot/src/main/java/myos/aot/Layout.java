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

    /**
     * Class vtables: inherited slots first, then methods that override none of them. Each slot
     * has a root, the method that opened it; a class's method takes every slot whose root it
     * can override (JVMS §5.4.5), so the slot holds what §5.4.6 selects for a call resolved
     * to the root. A method that overrides nothing opens a new slot: a package-private method
     * redeclared in another package (which does not override it), or one that overrides
     * several unrelated slots' roots (a p1 class overriding both the package-private A.m of
     * p1 and the public S.m of a p2 class between them) fills all of them.
     */
    void vtable(ClassInfo c) {
        if (c.vtable != null || c.isInterface()) return;
        List<MethodInfo> vt = new ArrayList<>();
        List<MethodInfo> roots = new ArrayList<>();
        if (c.superclass != null) {
            vtable(c.superclass);
            vt.addAll(c.superclass.vtable);
            roots.addAll(c.superclass.vtableRoots);
        }
        for (MethodInfo m : c.methods.values()) {
            if (!m.isVirtual()) continue;
            for (int i = 0; i < vt.size(); i++) {
                if (world.canOverride(m, roots.get(i))) {
                    vt.set(i, m);
                    if (m.vtableIndex < 0) m.vtableIndex = i;
                }
            }
            if (m.vtableIndex < 0) {
                m.vtableIndex = vt.size();
                vt.add(m);
                roots.add(m);
            }
        }
        // Miranda slots: interface methods the class does not declare, so invokevirtual
        // on an inherited default method has a slot too.
        for (ClassInfo i : c.allInterfaces()) {
            for (MethodInfo m : i.methods.values()) {
                if (m.isStatic() || m.isPrivate() || m.name.startsWith("<")) continue;
                boolean present = false;
                for (MethodInfo v : vt) if (v.sig().equals(m.sig())) { present = true; break; }
                if (!present) {
                    vt.add(m);
                    roots.add(m);
                }
            }
        }
        c.vtable = vt;
        c.vtableRoots = roots;
        c.depth = c.superclass == null ? 0 : c.superclass.depth + 1;
    }

    /**
     * The slot a call resolved to the class method {@code target} dispatches through: the
     * first slot it holds in its own class. When it holds several, every subclass method
     * that overrides it overrides their roots too (an overrider never narrows access,
     * JLS §8.4.8.3), so they agree for the receivers such a call can see.
     */
    int vtableIndex(MethodInfo target) {
        vtable(target.owner);
        if (target.vtableIndex < 0) throw new BuildError(target.display() + ": no vtable slot");
        return target.vtableIndex;
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

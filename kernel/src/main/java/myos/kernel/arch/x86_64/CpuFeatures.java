package myos.kernel.arch.x86_64;

import myos.rt.Cpu;
import myos.rt.Mem;

/**
 * What the CPU offers, from CPUID (SDM Vol. 2A, CPUID): the protection features the kernel
 * turns on where present (issue 4: the default qemu64 model has none of SMEP/SMAP/UMIP,
 * {@code -cpu max} has them all) and the TSC properties the clock relies on.
 */
public final class CpuFeatures {
    public final boolean nx, smep, smap, umip, pdpe1gb, invariantTsc, pge;

    private CpuFeatures(int[] r) {
        cpuid(r, 0x80000000, 0);
        int maxExt = r[0];
        cpuid(r, 0, 0);
        int maxBasic = r[0];
        cpuid(r, 1, 0);
        pge = (r[3] & (1 << 13)) != 0;                         // EDX.PGE[13]
        boolean leaf7 = maxBasic >= 7;
        if (leaf7) cpuid(r, 7, 0);
        smep = leaf7 && (r[1] & (1 << 7)) != 0;                // EBX.SMEP[7]
        smap = leaf7 && (r[1] & (1 << 20)) != 0;               // EBX.SMAP[20]
        umip = leaf7 && (r[2] & (1 << 2)) != 0;                // ECX.UMIP[2]
        boolean ext1 = (maxExt & 0xffffffffL) >= 0x80000001L;
        if (ext1) cpuid(r, 0x80000001, 0);
        nx = ext1 && (r[3] & (1 << 20)) != 0;                  // EDX.NX[20]
        pdpe1gb = ext1 && (r[3] & (1 << 26)) != 0;             // EDX.Page1GB[26]
        boolean ext7 = (maxExt & 0xffffffffL) >= 0x80000007L;
        if (ext7) cpuid(r, 0x80000007, 0);
        invariantTsc = ext7 && (r[3] & (1 << 8)) != 0;         // EDX.InvariantTSC[8]
    }

    public static CpuFeatures detect() {
        return new CpuFeatures(new int[4]);
    }

    /** cpuid into r[0..3] = eax, ebx, ecx, edx (the array's elements start 24 bytes in, docs/abi.md). */
    private static void cpuid(int[] r, int leaf, int subleaf) {
        Cpu.cpuid(leaf, subleaf, Mem.addressOf(r) + 24);
    }

    // Control-register bits (SDM Vol. 3A §2.5).
    public static final long CR4_PGE = 1L << 7, CR4_OSFXSR = 1L << 9, CR4_OSXMMEXCPT = 1L << 10,
        CR4_UMIP = 1L << 11, CR4_SMEP = 1L << 20, CR4_SMAP = 1L << 21;

    /** Turns on in CR4 what the CPU supports: global pages, SMEP, SMAP, UMIP, and SSE for user tasks. */
    public long enableProtection() {
        long cr4 = Cpu.readCr4() | CR4_OSFXSR | CR4_OSXMMEXCPT;
        if (pge) cr4 |= CR4_PGE;
        if (smep) cr4 |= CR4_SMEP;
        if (smap) cr4 |= CR4_SMAP;
        if (umip) cr4 |= CR4_UMIP;
        Cpu.writeCr4(cr4);
        return cr4;
    }
}

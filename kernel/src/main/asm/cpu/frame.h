/*
 * The trap frame: what every interrupt, exception and system-call entry leaves on the
 * kernel stack, and what the Java side (myos.kernel.arch.x86_64.TrapFrame, same offsets)
 * reads and edits through its address. From the top of the stack downwards the CPU pushes
 * SS, RSP, RFLAGS, CS, RIP and for some exceptions an error code (SDM Vol. 3A §6.14.2,
 * Figure 6-9); the stub pushes a 0 error code where the CPU does not, then the vector; the
 * common code pushes the general registers and the thread's pending-exception slot.
 */
#ifndef MYOS_FRAME_H
#define MYOS_FRAME_H

#define TF_PENDING      0       /* the thread block's pending exception at entry */
#define TF_R15          8
#define TF_R14          16
#define TF_R13          24
#define TF_R12          32
#define TF_R11          40
#define TF_R10          48
#define TF_R9           56
#define TF_R8           64
#define TF_RBP          72
#define TF_RDI          80
#define TF_RSI          88
#define TF_RDX          96
#define TF_RCX          104
#define TF_RBX          112
#define TF_RAX          120
#define TF_VECTOR       128
#define TF_ERROR        136
#define TF_RIP          144
#define TF_CS           152
#define TF_RFLAGS       160
#define TF_RSP          168
#define TF_SS           176
#define TF_SIZE         184

/* Thread-block words the entry code owns (docs/abi.md, "Kernel target"). */
#define TB_PENDING      8
#define TB_KERNEL_RSP   496     /* top of this thread's kernel stack, for SYSCALL */
#define TB_USER_RSP     504     /* user RSP while the SYSCALL path switches stacks */

#define SYSCALL_VECTOR  256     /* pseudo-vector recorded in frames made by SYSCALL */

#define USER_CS         0x2b    /* Descriptors.USER_CS | RPL 3 */
#define USER_SS         0x23    /* Descriptors.USER_DS | RPL 3 */

#endif

/*
 * Process entry and thread creation for linux-user executables (no libc).
 * _start: the kernel leaves argc at (%rsp), then argv[], NULL, envp[], NULL
 * (System V x86-64 psABI §3.4.1). rt_start_c installs the main thread block and calls
 * the Java runtime (myos.rt.Start.main).
 */
    .text
    .globl _start
    .type _start, @function
_start:
    xor %ebp, %ebp
    mov %rsp, %rdi
    and $-16, %rsp
    call rt_start_c
    hlt

/*
 * jlong rt_clone_thread(flags, stackTop, tls, parentTid, childTid)
 * clone(2) on x86-64 takes (flags, newsp, parent_tid, child_tid, tls) in
 * rdi, rsi, rdx, r10, r8. The child starts on the new stack with no frame: it calls
 * rt_thread_entry (myos.rt.Start.threadMain) and then exit(2)s the thread.
 */
    .globl rt_clone_thread
    .type rt_clone_thread, @function
rt_clone_thread:
    mov %rdx, %r9
    mov %rcx, %rdx
    mov %r8, %r10
    mov %r9, %r8
    mov $56, %eax
    syscall
    test %rax, %rax
    jnz 1f
    xor %ebp, %ebp
    and $-16, %rsp
    call rt_thread_entry
    mov $60, %eax
    xor %edi, %edi
    syscall
    hlt
1:  ret

    .section .note.GNU-stack,"",@progbits

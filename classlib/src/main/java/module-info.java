/**
 * The MyOS2026 class library, compiled as module java.base with no system modules, so
 * that every class a compiled program uses is ours (docs/abi.md).
 */
module java.base {
    exports java.lang;
    exports java.lang.annotation;
    exports java.lang.invoke;
    exports java.lang.reflect;
    exports java.lang.runtime;
    exports java.util;
    exports java.util.function;
    exports java.io;
    exports java.nio.charset;
    exports myos.rt;
}

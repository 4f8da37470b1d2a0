package java.lang;

/** One stack frame, formatted as the JDK does for application classes. */
public final class StackTraceElement implements java.io.Serializable {
    private final String classLoaderName;
    private final String moduleName;
    private final String moduleVersion;
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        this(null, null, null, declaringClass, methodName, fileName, lineNumber);
    }

    public StackTraceElement(String classLoaderName, String moduleName, String moduleVersion,
                             String declaringClass, String methodName, String fileName, int lineNumber) {
        if (declaringClass == null) throw new NullPointerException("Declaring class is null");
        if (methodName == null) throw new NullPointerException("Method name is null");
        this.classLoaderName = classLoaderName;
        this.moduleName = moduleName;
        this.moduleVersion = moduleVersion;
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    public String getFileName() { return fileName; }
    public int getLineNumber() { return lineNumber; }
    public String getModuleName() { return moduleName; }
    public String getModuleVersion() { return moduleVersion; }
    public String getClassLoaderName() { return classLoaderName; }
    public String getClassName() { return declaringClass; }
    public String getMethodName() { return methodName; }
    public boolean isNativeMethod() { return lineNumber == -2; }

    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (classLoaderName != null && !classLoaderName.isEmpty()) sb.append(classLoaderName).append('/');
        if (moduleName != null && !moduleName.isEmpty()) {
            sb.append(moduleName);
            if (moduleVersion != null && !moduleVersion.isEmpty()) sb.append('@').append(moduleVersion);
        }
        if (sb.length() > 0) sb.append('/');
        sb.append(declaringClass).append('.').append(methodName).append('(');
        if (isNativeMethod()) sb.append("Native Method");
        else if (fileName == null) sb.append("Unknown Source");
        else {
            sb.append(fileName);
            if (lineNumber >= 0) sb.append(':').append(lineNumber);
        }
        return sb.append(')').toString();
    }

    public boolean equals(Object obj) {
        if (obj == this) return true;
        if (!(obj instanceof StackTraceElement)) return false;
        StackTraceElement e = (StackTraceElement) obj;
        return e.lineNumber == lineNumber && eq(e.classLoaderName, classLoaderName) && eq(e.moduleName, moduleName)
                && eq(e.moduleVersion, moduleVersion) && e.declaringClass.equals(declaringClass)
                && e.methodName.equals(methodName) && eq(e.fileName, fileName);
    }

    private static boolean eq(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    public int hashCode() {
        int result = 31 * declaringClass.hashCode() + methodName.hashCode();
        result = 31 * result + (classLoaderName == null ? 0 : classLoaderName.hashCode());
        result = 31 * result + (moduleName == null ? 0 : moduleName.hashCode());
        result = 31 * result + (moduleVersion == null ? 0 : moduleVersion.hashCode());
        result = 31 * result + (fileName == null ? 0 : fileName.hashCode());
        result = 31 * result + lineNumber;
        return result;
    }
}

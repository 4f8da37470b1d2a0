package myos.classlib.num;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;

@Tag("host")
class FdLibmTest {
    static List<String> golden(boolean jdk) {
        return new ArrayList<>();
    }
}

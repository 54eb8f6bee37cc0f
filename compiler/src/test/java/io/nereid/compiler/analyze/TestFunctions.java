package io.nereid.compiler.analyze;

/** Static methods that test programs import with {@code import java io.nereid.compiler.analyze.TestFunctions;}. */
public final class TestFunctions {
    private TestFunctions() {
    }

    public static long twice(long x) {
        return 2 * x;
    }

    public static Long maybeHalf(Long x) {
        return x == null || x % 2 != 0 ? null : x / 2;
    }

    public static String greet(String name, int times) {
        return ("hello " + name + " ").repeat(times);
    }
}

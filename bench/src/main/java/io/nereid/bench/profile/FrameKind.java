package io.nereid.bench.profile;

import java.util.Objects;

/**
 * What a frame of the flame graph belongs to, which decides its colour: code generated from the
 * NQ program ({@code nq.generated}), Nereid's own libraries ({@code io.nereid}), the JDK, anything
 * else (libraries such as Eclipse Collections), or the thread a stack was sampled on. Within a kind
 * the shade varies a little with the name, so that neighbouring frames stay apart.
 */
public enum FrameKind {
    /** The classes generated for the program. */
    GENERATED("generated code (nq.generated)", 20, 85),
    /** Nereid's runtime, operators and the rest of {@code io.nereid}. */
    NEREID("Nereid (io.nereid)", 205, 70),
    /** The JDK. */
    JDK("JDK (java, jdk, sun)", 120, 45),
    /** Everything else: libraries. */
    OTHER("libraries (other)", 45, 80),
    /** The thread a sample was taken on (the outermost frame). */
    THREAD("thread", 0, 0);

    /** The package of generated classes (the compiler's {@code CodeGenerator.PACKAGE}). */
    static final String GENERATED_PACKAGE = "nq.generated.";

    private final String legend;
    private final int hue;
    private final int saturation;

    FrameKind(String legend, int hue, int saturation) {
        this.legend = legend;
        this.hue = hue;
        this.saturation = saturation;
    }

    /** The kind of the frame named {@code name} ({@code package.Class.method}, or {@code [thread]}). */
    public static FrameKind of(String name) {
        Objects.requireNonNull(name, "name");
        if (name.startsWith("[") && name.endsWith("]")) {
            return THREAD;
        }
        if (name.startsWith(GENERATED_PACKAGE)) {
            return GENERATED;
        }
        if (name.startsWith("io.nereid.")) {
            return NEREID;
        }
        if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.")
                || name.startsWith("com.sun.")) {
            return JDK;
        }
        return OTHER;
    }

    /** What the legend says about this kind. */
    public String legend() {
        return legend;
    }

    /** The fill of a frame of this kind named {@code name}: an {@code hsl(...)} colour, the same for the same name. */
    public String fill(String name) {
        if (this == THREAD) {
            return "hsl(0,0%,78%)";
        }
        int shade = Math.floorMod(name.hashCode(), 17);
        return "hsl(" + (hue + shade - 8) + "," + saturation + "%," + (58 + shade) + "%)";
    }

    /** The fill the legend shows for this kind. */
    public String legendFill() {
        return fill(legend);
    }
}

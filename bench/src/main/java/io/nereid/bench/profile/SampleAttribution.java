package io.nereid.bench.profile;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Whether this JVM attributes CPU samples precisely. Without {@code -XX:+DebugNonSafepoints}
 * HotSpot keeps debug information for compiled code only at some points, and JFR charges a sample
 * taken elsewhere to the nearest of them: in inlined code that is often another method (a batch
 * lookup instead of the loop around it). With the flag, every sample lands in the method it was
 * taken in. It can only be set when the JVM starts.
 */
final class SampleAttribution {
    /** The JVM options that make the attribution precise. */
    static final String JVM_OPTIONS = "-XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints";

    private SampleAttribution() {}

    /** Whether {@code -XX:+DebugNonSafepoints} is on (false where it cannot be read). */
    static boolean precise() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotSpot != null && Boolean.parseBoolean(hotSpot.getVMOption("DebugNonSafepoints").getValue());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** How the samples were attributed, for the image's header. */
    static String describe() {
        return precise() ? "DebugNonSafepoints on" : "DebugNonSafepoints off (samples in inlined code may be misplaced)";
    }
}

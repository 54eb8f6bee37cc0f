package io.nereid.bench.profile;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** One line about the machine a profile was taken on: processors, Java, load average. */
final class MachineLine {
    private MachineLine() {}

    static String describe() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%d processors, Java %s, load average %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load));
    }
}

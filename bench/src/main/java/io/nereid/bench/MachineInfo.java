package io.nereid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What the report says about the machine: the CPU model (from {@code /proc/cpuinfo}) and the load
 * average (from {@code /proc/loadavg}), where the system has them. On a shared machine the load
 * tells how much the figures of a run can be trusted.
 */
final class MachineInfo {
    private MachineInfo() {}

    static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return System.getProperty("os.arch");
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    /** The first line of a benchmark's report: the machine, the JVM, the load, the runs. */
    static String header(String command, int warmup, int repeat) {
        return String.format("%s: %d processors, %s, %d MiB memory, Java %s (%s), load average %s; warm-up %d, repeat %d",
                command, Runtime.getRuntime().availableProcessors(), cpuModel(), memoryMib(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), loadAverage(), warmup, repeat);
    }

    /** The machine's memory in MiB (from {@code /proc/meminfo}), or -1. */
    static long memoryMib() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal:")).map(l -> l.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(-1024) / 1024;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The 1-minute load average, or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

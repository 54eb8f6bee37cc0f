package io.nereid.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.Objects;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Records one part of a run with JFR, started and stopped from Java ({@link Recording}), so
 * that only that part is in the recording: the JDK's {@code profile} settings, with the CPU
 * sampling period ({@code jdk.ExecutionSample}) chosen by the caller.
 */
public final class JfrRecorder {
    /** The JDK's settings made for profiling (more events, shorter periods than {@code default}). */
    public static final String SETTINGS = "profile";

    private JfrRecorder() {}

    /** Runs {@code body} under a recording that samples every {@code period}, and writes the recording to {@code file}. */
    public static void record(Runnable body, Duration period, Path file) throws IOException {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(file, "file");
        Configuration settings;
        try {
            settings = Configuration.getConfiguration(SETTINGS);
        } catch (ParseException e) {
            throw new IOException("the JDK's JFR settings '" + SETTINGS + "' cannot be read: " + e.getMessage(), e);
        }
        try (Recording recording = new Recording(settings)) {
            recording.setName("nq bench profile");
            recording.enable(JfrStacks.EXECUTION_SAMPLE).withPeriod(period);
            recording.start();
            try {
                body.run();
            } finally {
                recording.stop();
            }
            recording.dump(file);
        }
    }
}

package io.nereid.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The garbage collections of a JFR recording ({@code jdk.GarbageCollection}): how many, and how
 * long the application was stopped for them. CPU samples only show threads that run Java code,
 * so a run whose samples cover much less than its wall-clock time was waiting: for the collector
 * (these pauses), or for other threads.
 *
 * @param collections the number of collections
 * @param paused the sum of their stop-the-world pauses
 */
public record JfrGcPauses(long collections, Duration paused) {
    /** The event of one collection. */
    public static final String GARBAGE_COLLECTION = "jdk.GarbageCollection";

    public JfrGcPauses {
        Objects.requireNonNull(paused, "paused");
    }

    /** Sums the collections in {@code recording}. */
    public static JfrGcPauses read(Path recording) throws IOException {
        long collections = 0;
        Duration paused = Duration.ZERO;
        try (RecordingFile file = new RecordingFile(Objects.requireNonNull(recording, "recording"))) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (e.getEventType().getName().equals(GARBAGE_COLLECTION)) {
                    collections++;
                    paused = paused.plus(e.hasField("sumOfPauses") ? e.getDuration("sumOfPauses") : e.getDuration());
                }
            }
        }
        return new JfrGcPauses(collections, paused);
    }
}

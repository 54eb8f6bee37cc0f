package io.nereid.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collections requested during a recording are counted; a recording without their events counts none. */
class JfrGcPausesTest {
    @TempDir
    Path dir;

    @Test
    void requestedCollectionsAreCounted() throws Exception {
        Path jfr = dir.resolve("gc.jfr");
        JfrRecorder.record(() -> {
            System.gc();
            System.gc();
        }, Duration.ofMillis(10), jfr);
        JfrGcPauses gc = JfrGcPauses.read(jfr);
        assertThat(gc.collections()).isGreaterThanOrEqualTo(2);
        assertThat(gc.paused()).isPositive();
    }

    @Test
    void aRecordingWithoutCollectionEventsCountsNone() throws Exception {
        Path jfr = dir.resolve("none.jfr");
        try (Recording r = new Recording()) {
            r.enable("jdk.JVMInformation");
            r.start();
            System.gc();
            r.stop();
            r.dump(jfr);
        }
        assertThat(JfrGcPauses.read(jfr)).isEqualTo(new JfrGcPauses(0, Duration.ZERO));
    }
}

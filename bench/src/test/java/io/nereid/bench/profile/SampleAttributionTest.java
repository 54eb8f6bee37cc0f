package io.nereid.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The attribution check reads the flag this JVM was started with. */
class SampleAttributionTest {
    @Test
    void itAgreesWithTheJvmsStartOptions() {
        boolean given = ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:+DebugNonSafepoints");
        assertThat(SampleAttribution.precise()).isEqualTo(given);
        assertThat(SampleAttribution.describe()).startsWith(given ? "DebugNonSafepoints on" : "DebugNonSafepoints off");
    }
}

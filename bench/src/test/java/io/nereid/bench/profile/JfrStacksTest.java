package io.nereid.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading real JFR recordings: a thread that spins in a known method while {@link JfrRecorder}
 * records is found, under its own name, in the folded stacks; a recording without samples, or
 * without samples of the chosen threads, is refused with a message that says why.
 */
@Timeout(120)
class JfrStacksTest {
    private static final String SPINNER = "flames-test-spinner";

    @TempDir
    static Path dir;

    private static Path spinning;

    @BeforeAll
    static void recordASpinningThread() throws Exception {
        spinning = dir.resolve("spin.jfr");
        JfrRecorder.record(() -> {
            Thread t = new Thread(JfrStacksTest::spinForAWhile, SPINNER);
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, Duration.ofMillis(1), spinning);
    }

    /** Busy for a second of wall-clock time (long enough for samples even on a loaded machine). */
    static long spinForAWhile() {
        long end = System.nanoTime() + 1_000_000_000L;
        long x = 1;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
        }
        return x;
    }

    @Test
    void theSpinningThreadsSamplesAreFoldedUnderItsName() throws Exception {
        JfrStacks.Read read = JfrStacks.read(spinning, SPINNER);
        assertThat(read.stacks().total()).isPositive();
        for (List<String> stack : read.stacks().counts().keySet()) {
            assertThat(stack.get(0)).isEqualTo("[" + SPINNER + "]");
        }
        long inSpin = read.stacks().counts().entrySet().stream()
                .filter(e -> e.getKey().contains("io.nereid.bench.profile.JfrStacksTest.spinForAWhile"))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        assertThat(inSpin).as("samples in the spinning method").isPositive();
        assertThat(JfrStacks.read(spinning, "").stacks().total()).isGreaterThanOrEqualTo(read.stacks().total());
    }

    @Test
    void samplesOfOtherThreadsOnlyAreRefusedWithAHint() {
        assertThatThrownBy(() -> JfrStacks.read(spinning, "no-such-thread"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no CPU samples (jdk.ExecutionSample) in " + spinning + ": ")
                .hasMessageContaining("samples were of other threads: no thread name starts with 'no-such-thread'");
    }

    @Test
    void aRecordingWithoutSamplesIsRefusedWithAHint() throws Exception {
        Path empty = dir.resolve("empty.jfr");
        try (Recording r = new Recording()) {
            r.enable("jdk.JVMInformation");
            r.start();
            r.stop();
            r.dump(empty);
        }
        assertThatThrownBy(() -> JfrStacks.read(empty, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no CPU samples (jdk.ExecutionSample) in " + empty + ": the recorded part ran too short for "
                        + "the sampling period, or the recording did not enable jdk.ExecutionSample; record a longer run "
                        + "(more repeats) or a shorter period");
    }

    @Test
    void theNumbersOfHiddenClassesAreDropped() {
        assertThat(JfrStacks.className("a.B$$Lambda+0x00007f4a7c255a28.876864630")).isEqualTo("a.B$$Lambda");
        assertThat(JfrStacks.className("a.B$$Lambda$73/0x0000000800c03000")).isEqualTo("a.B$$Lambda");
        assertThat(JfrStacks.className("nq.generated.Stage13")).isEqualTo("nq.generated.Stage13");
    }
}

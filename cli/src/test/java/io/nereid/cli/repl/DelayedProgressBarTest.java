package io.nereid.cli.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.Test;

class DelayedProgressBarTest {

    @Test
    void showsTheTaskAndItsCounterOnceTheDelayHasPassed() throws InterruptedException {
        List<String> drawn = new CopyOnWriteArrayList<>();
        AtomicLong done = new AtomicLong(40);
        DelayedProgressBar bar = DelayedProgressBar.start(new DelegatingProgressBarConsumer(drawn::add, 100),
                "Loading edges", 200, done::get, 0);
        for (int i = 0; i < 3000 && drawn.stream().noneMatch(d -> d.contains("40/200")); i++) {
            Thread.sleep(10); // waits for the bar's thread, however busy the machine
        }
        done.set(200);
        bar.close();
        assertThat(drawn).anyMatch(d -> d.startsWith("Loading edges") && d.contains("40/200"));
    }

    @Test
    void aTaskThatEndsWithinTheDelayDrawsNothing() {
        List<String> drawn = new CopyOnWriteArrayList<>();
        DelayedProgressBar bar = DelayedProgressBar.start(new DelegatingProgressBarConsumer(drawn::add, 100),
                "Running", 10, () -> 10, 60_000);
        bar.close();
        assertThat(drawn).isEmpty();
    }
}

package io.nereid.cli.repl;

import java.util.Objects;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * A progress bar (me.tongfei.progressbar) that appears only when its task is still running after
 * {@link #DELAY_MILLIS}, so that quick loads and queries print nothing extra; it polls the task's
 * counter from its own thread and is erased when closed, before the result is printed.
 */
final class DelayedProgressBar implements Console.Progress {
    static final long DELAY_MILLIS = 400;
    private static final long POLL_MILLIS = 100;

    private final Object lock = new Object();
    private final Thread thread;
    private boolean done;

    private DelayedProgressBar(ProgressBarConsumer consumer, String task, long total, LongSupplier progress,
            long delayMillis) {
        thread = new Thread(() -> show(consumer, task, total, progress, delayMillis), "nq-repl-progress");
        thread.setDaemon(true);
    }

    /** Starts watching {@code progress}; a negative {@code total} shows an open-ended count. */
    static DelayedProgressBar start(ProgressBarConsumer consumer, String task, long total, LongSupplier progress) {
        return start(consumer, task, total, progress, DELAY_MILLIS);
    }

    /** The same, appearing after {@code delayMillis}. */
    static DelayedProgressBar start(ProgressBarConsumer consumer, String task, long total, LongSupplier progress,
            long delayMillis) {
        DelayedProgressBar bar = new DelayedProgressBar(Objects.requireNonNull(consumer, "consumer"),
                Objects.requireNonNull(task, "task"), total, Objects.requireNonNull(progress, "progress"), delayMillis);
        bar.thread.start();
        return bar;
    }

    private void show(ProgressBarConsumer consumer, String task, long total, LongSupplier progress, long delayMillis) {
        if (sleep(delayMillis)) {
            return;
        }
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setConsumer(consumer)
                .setInitialMax(total).setUpdateIntervalMillis((int) POLL_MILLIS).clearDisplayOnFinish()
                .setUnit(" rows", 1).showSpeed();
        try (ProgressBar bar = builder.build()) {
            do {
                long now = progress.getAsLong();
                if (total >= 0 && now > bar.getMax()) {
                    bar.maxHint(now + now / 10); // the estimate was low
                }
                bar.stepTo(now);
            } while (!sleep(POLL_MILLIS));
        }
    }

    /** Sleeps until {@code millis} pass or the bar is closed; returns whether it was closed. */
    private boolean sleep(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (lock) {
            while (!done) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    return true;
                }
            }
            return true;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            done = true;
            lock.notifyAll();
        }
        boolean interrupted = Thread.interrupted(); // a Ctrl-C must not skip the wait for the bar's thread
        try {
            thread.join();
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

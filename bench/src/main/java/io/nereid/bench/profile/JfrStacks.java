package io.nereid.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the CPU samples ({@code jdk.ExecutionSample}) of a JFR recording into {@link FoldedStacks},
 * with the JDK's own reader ({@link RecordingFile}). Each stack gets its thread as the outermost
 * frame ({@code [nereid-worker-0]}), so that the flame graph shows how the samples split between
 * threads. A frame is {@code package.Class.method}; the numbered parts of hidden classes (lambdas)
 * are dropped, so that the same lambda folds into one frame across runs.
 */
public final class JfrStacks {
    /** The event that holds a CPU sample. */
    public static final String EXECUTION_SAMPLE = "jdk.ExecutionSample";

    /** {@code $$Lambda$12}: the lambda's number, which differs from run to run. */
    private static final Pattern LAMBDA_NUMBER = Pattern.compile("\\$\\$Lambda\\$\\d+");
    /** A hidden class's address and id, as JFR names it ({@code +0x00007f4a7c255a28.876864630}) or as Java does ({@code /0x...}). */
    private static final Pattern HIDDEN_SUFFIX = Pattern.compile("[+/]0x[0-9a-fA-F]+(\\.\\d+)?");

    /** What was read: the folded samples, and how many stacks JFR cut at its depth limit. */
    public record Read(FoldedStacks stacks, long truncated) {
        public Read {
            Objects.requireNonNull(stacks, "stacks");
        }
    }

    private JfrStacks() {}

    /**
     * Folds the samples of the threads whose name starts with {@code threadPrefix} (every thread
     * for the empty prefix).
     *
     * @throws IllegalArgumentException when the recording holds no such sample, saying why that may be
     */
    public static Read read(Path recording, String threadPrefix) throws IOException {
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(threadPrefix, "threadPrefix");
        FoldedStacks.Builder folded = FoldedStacks.builder();
        long truncated = 0;
        long samples = 0;
        long otherThreads = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (!e.getEventType().getName().equals(EXECUTION_SAMPLE) || e.getStackTrace() == null) {
                    continue;
                }
                String thread = threadName(e.getThread("sampledThread"));
                if (!thread.startsWith(threadPrefix)) {
                    otherThreads++;
                    continue;
                }
                RecordedStackTrace trace = e.getStackTrace();
                folded.add(stack(thread, trace), 1);
                samples++;
                if (trace.isTruncated()) {
                    truncated++;
                }
            }
        }
        if (samples == 0) {
            String why = otherThreads > 0
                    ? otherThreads + " samples were of other threads: no thread name starts with '" + threadPrefix
                            + "'; check the thread prefix (the workers are 'nereid-worker-N')"
                    : "the recorded part ran too short for the sampling period, or the recording did not enable "
                            + EXECUTION_SAMPLE + "; record a longer run (more repeats) or a shorter period";
            throw new IllegalArgumentException("no CPU samples (" + EXECUTION_SAMPLE + ") in " + recording + ": " + why);
        }
        return new Read(folded.build(), truncated);
    }

    /** The thread as the outermost frame, then the sampled frames from outermost to innermost. */
    static List<String> stack(String thread, RecordedStackTrace trace) {
        List<String> frames = new ArrayList<>(trace.getFrames().size() + 1);
        List<RecordedFrame> innermostFirst = trace.getFrames();
        for (RecordedFrame f : innermostFirst) {
            frames.add(frameName(f.getMethod()));
        }
        frames.add("[" + thread + "]");
        Collections.reverse(frames);
        return frames;
    }

    /** {@code package.Class.method}, with the numbers of hidden classes (lambdas) dropped. */
    static String frameName(RecordedMethod method) {
        if (method == null || method.getType() == null) {
            return "?";
        }
        return className(method.getType().getName()) + "." + method.getName();
    }

    /** A class name with {@code $$Lambda$123/0x...} or {@code $$Lambda+0x....123} shortened to {@code $$Lambda}. */
    static String className(String name) {
        String n = LAMBDA_NUMBER.matcher(name).replaceAll(Matcher.quoteReplacement("$$Lambda"));
        return HIDDEN_SUFFIX.matcher(n).replaceAll("");
    }

    private static String threadName(RecordedThread t) {
        if (t == null) {
            return "?";
        }
        String name = t.getJavaName() != null ? t.getJavaName() : t.getOSName();
        return name == null ? "?" : name;
    }
}

package io.nereid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nereid.datagen.EdgeCsvReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs on several processes: separate JVMs on loopback, started by the command or by the test. */
@Timeout(180)
class ClusterRunTest {
    private static final Path SAMPLE = Path.of("..", "samples", "graphs", "rmat-10.csv");

    @TempDir
    Path dir;

    @Test
    void ccOnTwoLocalProcessesFindsTheComponentsOfOneProcess() throws IOException {
        NqRun run = NqRun.of("example", "cc", SAMPLE.toString(), "--processes", "2", "--local", "--workers", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("8192 edges, 1024 nodes: " + GraphReference.componentCount(EdgeCsvReader.read(SAMPLE), 1024)
                + " connected components");
        assertThat(run.out()).contains("2 processes x 2 workers");
    }

    @Test
    void loopOnThreeLocalProcessesCountsToN() {
        NqRun run = NqRun.of("example", "loop", "--to", "100", "--processes", "3", "--local");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("values [0, 50, 100] reached 100 after at most 100 iterations");
    }

    @Test
    void killingOneProcessEndsTheOtherWithAnErrorNamingIt() throws Exception {
        List<Integer> ports = freePorts(2);
        String hosts = "127.0.0.1:" + ports.get(0) + ",127.0.0.1:" + ports.get(1);
        List<Process> processes = new ArrayList<>();
        try {
            for (int p = 0; p < 2; p++) {
                ProcessBuilder pb = new ProcessBuilder(javaCommand("example", "loop", "--to", "1000000000",
                        "--processes=2", "--process-id=" + p, "--hosts=" + hosts));
                pb.environment().put("NEREID_SECRET", "a test secret shared by both processes");
                pb.redirectOutput(dir.resolve("out-" + p + ".txt").toFile());
                pb.redirectError(dir.resolve("err-" + p + ".txt").toFile());
                processes.add(pb.start());
            }
            awaitConnected(dir.resolve("err-0.txt"));
            awaitConnected(dir.resolve("err-1.txt"));
            Thread.sleep(500); // counting by now
            assertThat(processes.get(0).isAlive()).as("process 0 still running before the kill").isTrue();
            processes.get(1).destroyForcibly(); // SIGKILL
            long killed = System.nanoTime();
            boolean ended = processes.get(0).waitFor(15, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - killed) / 1e9;
            assertThat(ended).as("process 0 ended after its peer was killed").isTrue();
            System.out.printf("process 0 ended %.1f s after process 1 was killed%n", seconds);
            assertThat(processes.get(0).exitValue()).isNotZero();
            String err = java.nio.file.Files.readString(dir.resolve("err-0.txt"), StandardCharsets.UTF_8);
            assertThat(err).contains("process 1 was lost");
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }

    @Test
    void hostsMustNameEveryProcess() {
        NqRun run = NqRun.of("example", "loop", "--processes", "2", "--process-id", "0", "--hosts", "127.0.0.1:7000");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).isEqualTo("nq example loop: --hosts must list 2 addresses (one per process), "
                + "found 1; or use --local to start the processes on this machine");
    }

    @Test
    void localTakesNoHosts() {
        NqRun run = NqRun.of("example", "loop", "--processes", "2", "--local", "--hosts", "a:1,b:2");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).isEqualTo(
                "nq example loop: --local starts every process itself: do not give --hosts or --process-id with it");
    }

    @Test
    void aMalformedAddressIsAUsageError() {
        NqRun run = NqRun.of("example", "loop", "--processes", "2", "--process-id", "0", "--hosts", "a:1,b");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.firstErrorLine()).isEqualTo(
                "nq example loop: 'b' is not an address: expected HOST:PORT, e.g. 127.0.0.1:7000");
    }

    private static void awaitConnected(Path err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (java.nio.file.Files.readString(err, StandardCharsets.UTF_8).contains("connected to its peers")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the process did not connect within 60 s: " + java.nio.file.Files.readString(err));
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                "io.nereid.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    private static List<Integer> freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                sockets.add(s);
                ports.add(s.getLocalPort());
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }
}

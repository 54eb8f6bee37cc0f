package io.nereid.launcher.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code --local} form of a command: starts P copies of this JVM's program (its main
 * class, given) on this machine, each with {@code --processes P --process-id I --hosts} on free loopback ports and a
 * freshly generated secret in {@code NEREID_SECRET}, relays their output (process 0's as it is,
 * the others' prefixed), and waits for all of them. If one fails, the others are stopped and the
 * run fails with that process's exit code.
 */
public final class LocalLauncher {
  private LocalLauncher() {}

  /**
   * Starts the children, each running {@code mainClass} (on this JVM's class path) with {@code args}
   * (the parent's arguments without {@code --local}), and returns the exit code of the run.
   */
  public static int run(String mainClass, int processes, List<String> args, PrintWriter out, PrintWriter err)
      throws IOException {
    List<Integer> ports = freePorts(processes);
    StringBuilder hosts = new StringBuilder();
    for (int p = 0; p < processes; p++) {
      hosts.append(p == 0 ? "" : ",").append("127.0.0.1:").append(ports.get(p));
    }
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    String javaBin = ProcessHandle.current().info().command().orElse("java");
    List<Process> children = new ArrayList<>();
    List<Thread> relays = new ArrayList<>();
    try {
      for (int p = 0; p < processes; p++) {
        List<String> command = new ArrayList<>();
        command.add(javaBin);
        command.add("-Xss8m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        command.add("--processes=" + processes);
        command.add("--process-id=" + p);
        command.add("--hosts=" + hosts);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("NEREID_SECRET", HexFormat.of().formatHex(secret));
        Process child = pb.start();
        children.add(child);
        relays.add(relay(child, p, out, false));
        relays.add(relay(child, p, err, true));
      }
      int exit = 0;
      boolean stopping = false;
      while (true) {
        boolean allDone = true;
        for (int p = 0; p < children.size(); p++) {
          Process c = children.get(p);
          if (c.isAlive()) {
            allDone = false;
          } else if (c.exitValue() != 0 && !stopping) {
            exit = c.exitValue();
            stopping = true;
            err.println("nq: process " + p + " failed (exit code " + exit + "); stopping the others");
            err.flush();
            for (Process other : children) {
              other.destroy();
            }
          }
        }
        if (allDone) {
          break;
        }
        children.get(0).waitFor(50, TimeUnit.MILLISECONDS);
      }
      for (Thread t : relays) {
        t.join(5_000);
      }
      return exit;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } finally {
      for (Process c : children) {
        c.destroyForcibly();
      }
    }
  }

  private static Thread relay(Process child, int process, PrintWriter to, boolean stderr) {
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          stderr ? child.getErrorStream() : child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          synchronized (to) {
            to.println(process == 0 && !stderr ? line : "[process " + process + "] " + line);
            to.flush();
          }
        }
      } catch (IOException ignored) {
        // the child is gone; its exit code says what happened
      }
    }, "relay-" + process + (stderr ? "-err" : "-out"));
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static List<Integer> freePorts(int n) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        sockets.add(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
      }
      List<Integer> ports = new ArrayList<>();
      for (ServerSocket s : sockets) {
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

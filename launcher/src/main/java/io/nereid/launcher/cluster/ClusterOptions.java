package io.nereid.launcher.cluster;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The flags that place a run on several processes, as Naiad had them: {@code --processes P
 * --process-id I --hosts h0:port,h1:port,...}, or {@code --local} to start all P processes on
 * this machine. A picocli mixin: every command that runs a computation has them.
 */
public final class ClusterOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--processes", paramLabel = "P", defaultValue = "1",
      description = "Processes in the computation (default: ${DEFAULT-VALUE}).")
  int processes;

  @Option(names = "--process-id", paramLabel = "I", defaultValue = "-1",
      description = "This process's index in 0..P-1 (with --hosts).")
  int processId;

  @Option(names = "--hosts", paramLabel = "HOST:PORT", split = ",",
      description = "Every process's address, in process order (with --processes and --process-id).")
  List<String> hosts = new ArrayList<>();

  @Option(names = "--local", description = "Start all P processes on this machine, on loopback ports, and wait for them.")
  boolean local;

  @Option(names = "--secret-file", paramLabel = "FILE",
      description = "File holding the secret the processes share (default: the NEREID_SECRET environment variable).")
  String secretFile;

  /** How this invocation is placed. */
  public enum Mode {
    /** One process, nothing to connect. */
    SINGLE,
    /** The parent of a --local run: start the children, wait for them. */
    LOCAL_PARENT,
    /** One process of several, connecting to the others through --hosts. */
    MEMBER
  }

  /** Checks the combination of flags and says which mode it is; usage errors name the flag. */
  public Mode mode() {
    if (processes < 1) {
      throw usage("--processes must be at least 1, was " + processes);
    }
    if (local) {
      if (!hosts.isEmpty() || processId >= 0) {
        throw usage("--local starts every process itself: do not give --hosts or --process-id with it");
      }
      return processes == 1 ? Mode.SINGLE : Mode.LOCAL_PARENT;
    }
    if (processes == 1 && hosts.isEmpty()) {
      return Mode.SINGLE;
    }
    if (hosts.size() != processes) {
      throw usage("--hosts must list " + processes + " addresses (one per process), found " + hosts.size()
          + "; or use --local to start the processes on this machine");
    }
    if (processId < 0 || processId >= processes) {
      throw usage("--process-id must be in 0.." + (processes - 1) + " with --processes " + processes);
    }
    for (String h : hosts) {
      HostPort.parse(h, this::usage);
    }
    return Mode.MEMBER;
  }

  public int processes() {
    return processes;
  }

  public int processId() {
    return Math.max(0, processId);
  }

  /** The addresses of every process, in process order. */
  public List<HostPort> hosts() {
    List<HostPort> list = new ArrayList<>();
    for (String h : hosts) {
      list.add(HostPort.parse(h, this::usage));
    }
    return list;
  }

  public String secretFile() {
    return secretFile;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}

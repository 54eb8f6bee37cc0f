package io.nereid.launcher.cluster;

import io.nereid.runtime.comm.FabricException;
import io.nereid.runtime.comm.SharedSecret;
import io.nereid.runtime.exec.Cluster;
import io.nereid.runtime.exec.Config;
import io.nereid.runtime.net.NetConfig;
import io.nereid.runtime.net.NettyFabric;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Runs a command's body where {@link ClusterOptions} place it: in this process alone; as one
 * process of several (connecting to the others over TCP first); or, with {@code --local}, by
 * starting every process on this machine and waiting for them.
 */
public final class ClusterRun {
  /** How long a process waits for its peers to come up and complete the handshake. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

  private ClusterRun() {}

  /**
   * Runs {@code body} on the cluster the options describe; returns the command's exit code. With
   * {@code --local}, the processes run the main class of the root command's class (as {@code nq}
   * does: its root command is its main class).
   */
  public static int run(CommandSpec spec, ClusterOptions options, int workers, Function<Cluster, Integer> body) {
    return run(spec, options, workers, body, spec.root().userObject().getClass().getName());
  }

  /** As {@link #run(CommandSpec, ClusterOptions, int, Function)}; {@code --local} processes run {@code mainClass}. */
  public static int run(CommandSpec spec, ClusterOptions options, int workers, Function<Cluster, Integer> body,
      String mainClass) {
    Config config = Config.workers(workers);
    switch (options.mode()) {
      case SINGLE:
        return body.apply(Cluster.single(config));
      case LOCAL_PARENT:
        return launchLocal(spec, options, mainClass);
      default:
        return member(spec, options, config, body);
    }
  }

  private static int launchLocal(CommandSpec spec, ClusterOptions options, String mainClass) {
    CommandLine root = spec.root().commandLine();
    List<String> args = new ArrayList<>();
    List<String> original = root.getParseResult().originalArgs();
    for (int i = 0; i < original.size(); i++) {
      String a = original.get(i);
      if (a.equals("--local")) {
        continue;
      }
      if (a.equals("--processes")) {
        i++; // and its value
        continue;
      }
      if (a.startsWith("--processes=")) {
        continue;
      }
      args.add(a);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return LocalLauncher.run(mainClass, options.processes(), args, out, err);
    } catch (IOException e) {
      err.println(spec.qualifiedName() + ": cannot start the local processes: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private static int member(CommandSpec spec, ClusterOptions options, Config config, Function<Cluster, Integer> body) {
    SharedSecret secret;
    try {
      secret = SharedSecret.resolve(options.secretFile() == null ? null : Path.of(options.secretFile()), System.getenv());
    } catch (RuntimeException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<InetSocketAddress> hosts = new ArrayList<>();
    for (HostPort h : options.hosts()) {
      hosts.add(new InetSocketAddress(h.host(), h.port()));
    }
    NettyFabric fabric;
    try {
      fabric = NettyFabric.start(NetConfig.of(options.processId(), options.processes(), secret), hosts, CONNECT_TIMEOUT);
    } catch (FabricException e) {
      spec.commandLine().getErr().println(spec.qualifiedName() + ": process " + options.processId() + ": " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 1;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("nq: process " + options.processId() + " of " + options.processes() + " connected to its peers");
    err.flush();
    try {
      return body.apply(Cluster.over(fabric, config));
    } finally {
      fabric.close();
    }
  }
}

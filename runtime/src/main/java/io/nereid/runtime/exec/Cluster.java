package io.nereid.runtime.exec;

import io.nereid.runtime.comm.BatchCodec;
import io.nereid.runtime.comm.Fabric;
import io.nereid.runtime.graph.Graph;
import java.util.List;
import java.util.Objects;

/**
 * Where a computation runs: this process alone, or this process among the others of a
 * {@link Fabric}. Programs take a cluster and {@link #start} their graph on it; the same program
 * then runs on one process or several without change. Every process must build the same graph.
 */
public final class Cluster {
  private final Config config;
  private final Fabric fabric;
  private final WorkerPool pool;

  private Cluster(Config config, Fabric fabric, WorkerPool pool) {
    this.config = config;
    this.fabric = fabric;
    this.pool = pool;
  }

  /** This process alone, with the workers of {@code config}. */
  public static Cluster single(Config config) {
    if (config.processes() != 1) {
      throw new IllegalArgumentException("a single-process cluster cannot have " + config.processes() + " processes");
    }
    return new Cluster(config, null, null);
  }

  /** This process among the fabric's, each with the workers of {@code perProcess}. */
  public static Cluster over(Fabric fabric, Config perProcess) {
    Objects.requireNonNull(fabric, "fabric");
    return new Cluster(perProcess.withProcess(fabric.processes(), fabric.processId()), fabric, null);
  }

  /**
   * The running workers of {@code pool}: every graph started on this cluster is installed into
   * the pool as one more dataflow, and closing its computation leaves the workers running.
   */
  public static Cluster hosted(WorkerPool pool) {
    Objects.requireNonNull(pool, "pool");
    return new Cluster(pool.config(), null, pool);
  }

  public Config config() {
    return config;
  }

  /** Whether this is process 0, where results are gathered and printed. */
  public boolean isLeader() {
    return config.processId() == 0;
  }

  /** Starts this process's part of {@code graph}; {@code codecs} encode what crosses processes. */
  public Computation start(Graph graph, List<BatchCodec<?>> codecs) {
    if (pool != null) {
      return pool.install(graph);
    }
    if (fabric == null) {
      return Computation.start(graph, config);
    }
    FabricPeers peers = new FabricPeers(fabric, graph, codecs);
    Computation c = Computation.start(graph, config, peers);
    peers.attach(c);
    return c;
  }
}

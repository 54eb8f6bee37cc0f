package io.nereid.bench;

import io.nereid.runtime.comm.SharedSecret;
import io.nereid.runtime.exec.Cluster;
import io.nereid.runtime.exec.Config;
import io.nereid.runtime.net.NetConfig;
import io.nereid.runtime.net.NettyFabric;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Several processes' runtimes in this JVM, each with its own Netty fabric, connected over TCP on
 * loopback: every frame between them goes through the kernel's network stack, as between
 * processes on one machine. A fabric carries one computation, so each run gets new fabrics.
 */
final class LoopbackCluster {
    private LoopbackCluster() {}

    /** Runs {@code body} on every process of a new {@code processes}-process cluster, in parallel; returns their results in process order. */
    static <T> List<T> run(int processes, int workersPerProcess, Function<Cluster, T> body) {
        SharedSecret secret = SharedSecret.generate();
        List<NettyFabric> fabrics = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(processes);
        try {
            List<InetSocketAddress> hosts = new ArrayList<>();
            for (int p = 0; p < processes; p++) {
                NettyFabric f = NettyFabric.bind(NetConfig.of(p, processes, secret),
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                fabrics.add(f);
                hosts.add(f.localAddress());
            }
            List<Future<?>> connected = new ArrayList<>();
            for (NettyFabric f : fabrics) {
                connected.add(pool.submit(() -> f.connect(hosts, Duration.ofSeconds(30))));
            }
            for (Future<?> c : connected) {
                c.get();
            }
            List<Future<T>> results = new ArrayList<>();
            for (NettyFabric f : fabrics) {
                results.add(pool.submit(() -> body.apply(Cluster.over(f, Config.workers(workersPerProcess)))));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> r : results) {
                out.add(r.get());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("a run on " + processes + " loopback processes failed: " + e, e);
        } finally {
            fabrics.forEach(NettyFabric::close);
            pool.shutdownNow();
        }
    }
}

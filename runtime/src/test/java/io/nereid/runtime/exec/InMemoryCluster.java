package io.nereid.runtime.exec;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.graph.Graph;
import io.nereid.runtime.progress.ProgressUpdate;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Several "processes" of one computation in one JVM, connected by in-memory peers: one FIFO
 * delivery thread per ordered pair of processes (as one TCP connection would be), optionally
 * with random delays, so that the cross-process progress protocol is exercised without sockets.
 */
final class InMemoryCluster implements AutoCloseable {
  private final List<Computation> computations = new ArrayList<>();
  private final CountDownLatch started = new CountDownLatch(1);
  private final ExecutorService[][] links;

  InMemoryCluster(Graph graph, Config perProcess, int processes, long seed, int maxDelayMicros) {
    links = new ExecutorService[processes][processes];
    for (int from = 0; from < processes; from++) {
      for (int to = 0; to < processes; to++) {
        if (from != to) {
          int f = from;
          int t = to;
          links[from][to] = Executors.newSingleThreadExecutor(r -> {
            Thread th = new Thread(r, "link-" + f + "-" + t);
            th.setDaemon(true);
            return th;
          });
        }
      }
    }
    for (int p = 0; p < processes; p++) {
      int self = p;
      Random random = new Random(seed * 31 + p);
      Peers peers = new Peers() {
        @Override
        public void sendData(int process, int worker, int stage, int input, Timestamp time, Batch batch) {
          int delay = maxDelayMicros == 0 ? 0 : random.nextInt(maxDelayMicros + 1);
          links[self][process].execute(() -> {
            pause(delay);
            await();
            computations.get(process).receiveData(worker, stage, input, time, batch);
          });
        }

        @Override
        public synchronized void broadcastProgress(ProgressUpdate update) {
          for (int q = 0; q < processes; q++) {
            if (q != self) {
              int target = q;
              int delay = maxDelayMicros == 0 ? 0 : random.nextInt(maxDelayMicros + 1);
              links[self][q].execute(() -> {
                pause(delay);
                await();
                computations.get(target).receiveProgress(update);
              });
            }
          }
        }
      };
      computations.add(Computation.start(graph, perProcess.withProcess(processes, p), peers));
    }
    started.countDown(); // links deliver only once every process exists
  }

  private void await() {
    try {
      started.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void pause(int micros) {
    if (micros > 0) {
      LockSupport.parkNanos(micros * 1000L);
    }
  }

  Computation process(int p) {
    return computations.get(p);
  }

  int processes() {
    return computations.size();
  }

  void join() {
    for (Computation c : computations) {
      c.join();
    }
  }

  @Override
  public void close() {
    for (Computation c : computations) {
      c.close();
    }
    for (ExecutorService[] row : links) {
      for (ExecutorService e : row) {
        if (e != null) {
          e.shutdownNow();
          try {
            e.awaitTermination(5, TimeUnit.SECONDS);
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
        }
      }
    }
  }
}

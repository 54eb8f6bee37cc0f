package io.nereid.runtime.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Dataflow;
import io.nereid.runtime.graph.Input;
import io.nereid.runtime.graph.Pact;
import io.nereid.runtime.graph.Probe;
import io.nereid.runtime.graph.Stream;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.time.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dataflows installed one after another (and side by side) into one running pool of workers. */
@Timeout(60)
class WorkerPoolTest {

  /** A graph that sums what it is fed per epoch after an exchange; records the threads it ran on. */
  private static final class SumGraph {
    final Input<LongBatch> in;
    final Probe probe;
    final io.nereid.runtime.graph.Graph graph;
    final Map<Long, Long> sums = new ConcurrentHashMap<>();
    final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    SumGraph(String name, boolean failOnNegative) {
      Dataflow df = new Dataflow();
      in = df.input(name, LongBatch.TYPE);
      Stream<LongBatch> partial = in.stream().unary(name + " sum", Pact.exchange(LongBatch.BY_VALUE), LongBatch.TYPE,
          ctx -> {
            Vertex inner = TestGraphs.sumPerTime(ctx);
            return new Vertex() {
              @Override
              public void onRecv(int input, Timestamp time, Batch batch) {
                threads.add(Thread.currentThread());
                LongBatch b = (LongBatch) batch;
                for (int i = 0; i < b.size(); i++) {
                  if (failOnNegative && b.get(i) < 0) {
                    throw new IllegalStateException("negative " + b.get(i));
                  }
                }
                inner.onRecv(input, time, batch);
              }

              @Override
              public void onNotify(Timestamp time) {
                inner.onNotify(time);
              }
            };
          });
      partial.sink(name + " collect", Pact.pipeline(), ctx -> new Vertex() {
        @Override
        public void onRecv(int input, Timestamp time, Batch batch) {
          threads.add(Thread.currentThread());
          LongBatch b = (LongBatch) batch;
          for (int i = 0; i < b.size(); i++) {
            sums.merge(time.epoch(), b.get(i), Long::sum);
          }
        }
      });
      probe = partial.probe();
      graph = df.build();
    }

    /** Feeds 1..n at epoch 0 and closes the input. */
    void feed(Computation c, long n) {
      InputHandle<LongBatch> h = c.input(in);
      LongBatch b = h.newBatch();
      for (long v = 1; v <= n; v++) {
        b.add(v);
      }
      h.send(b);
      h.close();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void twoDataflowsOneAfterAnotherGiveTheirAnswersOnTheSameThreads(int workers) {
    try (WorkerPool pool = WorkerPool.start(Config.workers(workers))) {
      List<Thread> threads = pool.threads();
      SumGraph first = new SumGraph("first", false);
      try (Computation c = pool.install(first.graph)) {
        first.feed(c, 1000);
        c.join();
      }
      assertThat(first.sums).containsExactly(Map.entry(0L, 500_500L));
      assertThat(pool.running()).as("a completed dataflow is let go of").isZero();

      SumGraph second = new SumGraph("second", false);
      try (Computation c = pool.install(second.graph)) {
        second.feed(c, 10);
        c.join();
      }
      assertThat(second.sums).containsExactly(Map.entry(0L, 55L));
      assertThat(pool.running()).isZero();
      assertThat(pool.installed()).isEqualTo(2);
      assertThat(pool.threads()).isEqualTo(threads);
      assertThat(threads).allMatch(Thread::isAlive);
      assertThat(first.threads).isNotEmpty().isSubsetOf(threads);
      assertThat(second.threads).isNotEmpty().isSubsetOf(threads);
    }
  }

  @Test
  void dataflowsInstalledWhileAnotherRunsProgressIndependently() {
    try (WorkerPool pool = WorkerPool.start(Config.workers(2))) {
      SumGraph slow = new SumGraph("slow", false);
      SumGraph quick = new SumGraph("quick", false);
      try (Computation a = pool.install(slow.graph); Computation b = pool.install(quick.graph)) {
        InputHandle<LongBatch> ha = a.input(slow.in);
        LongBatch batch = ha.newBatch();
        batch.add(7);
        ha.send(batch);
        ha.advanceTo(1);
        a.awaitDone(slow.probe, 0);
        // the first dataflow still holds its input open; the second one completes regardless
        quick.feed(b, 4);
        b.join();
        assertThat(quick.sums).containsExactly(Map.entry(0L, 10L));
        assertThat(a.isReleased()).isFalse();
        assertThat(pool.running()).isEqualTo(1);
        LongBatch more = ha.newBatch();
        more.add(5);
        ha.send(more);
        ha.close();
        a.join();
        assertThat(slow.sums).containsExactly(Map.entry(0L, 7L), Map.entry(1L, 5L));
      }
      assertThat(pool.running()).isZero();
    }
  }

  @Test
  void threadsInstallingAtOnceEachGetTheirOwnAnswers() throws Exception {
    try (WorkerPool pool = WorkerPool.start(Config.workers(3))) {
      List<Thread> clients = new java.util.ArrayList<>();
      Map<String, Long> answers = new ConcurrentHashMap<>();
      Map<String, Throwable> errors = new ConcurrentHashMap<>();
      for (int t = 0; t < 4; t++) {
        int client = t;
        clients.add(new Thread(() -> {
          try {
            for (int k = 1; k <= 6; k++) {
              SumGraph g = new SumGraph("client " + client + " query " + k, k == 3);
              try (Computation c = pool.install(g.graph)) {
                InputHandle<LongBatch> h = c.input(g.in);
                LongBatch b = h.newBatch();
                for (long v = 1; v <= 100L * (client + 1); v++) {
                  b.add(v);
                }
                if (k == 3) {
                  b.add(-1); // this one fails, alone
                }
                h.send(b);
                h.close();
                c.join();
                answers.put(client + "/" + k, g.sums.get(0L));
              } catch (ComputationException e) {
                answers.put(client + "/" + k, -1L);
              }
            }
          } catch (Throwable e) {
            errors.put("client " + client, e);
          }
        }));
      }
      clients.forEach(Thread::start);
      for (Thread c : clients) {
        c.join();
      }
      assertThat(errors).isEmpty();
      for (int client = 0; client < 4; client++) {
        long n = 100L * (client + 1);
        for (int k = 1; k <= 6; k++) {
          assertThat(answers).containsEntry(client + "/" + k, k == 3 ? -1L : n * (n + 1) / 2);
        }
      }
      assertThat(pool.installed()).isEqualTo(24);
      assertThat(pool.running()).isZero();
    }
  }

  @Test
  void aFailureEndsItsDataflowOnlyAndTheNextOneRuns() {
    try (WorkerPool pool = WorkerPool.start(Config.workers(2))) {
      SumGraph bad = new SumGraph("bad", true);
      try (Computation c = pool.install(bad.graph)) {
        InputHandle<LongBatch> h = c.input(bad.in);
        LongBatch b = h.newBatch();
        b.add(-3);
        h.send(b);
        assertThatThrownBy(c::join).isInstanceOf(ComputationException.class)
            .hasMessageContaining("stage 'bad sum' failed on worker")
            .hasMessageContaining("java.lang.IllegalStateException: negative -3");
        assertThatThrownBy(() -> h.send(h.newBatch())).isInstanceOf(ComputationException.class);
      }
      assertThat(pool.running()).isZero();
      assertThat(pool.isClosed()).isFalse();

      SumGraph good = new SumGraph("good", true);
      try (Computation c = pool.install(good.graph)) {
        good.feed(c, 100);
        c.join();
      }
      assertThat(good.sums).containsExactly(Map.entry(0L, 5050L));
    }
  }

  @Test
  void closingAnUnfinishedDataflowCancelsItAndLeavesTheWorkersRunning() {
    try (WorkerPool pool = WorkerPool.start(Config.workers(2))) {
      SumGraph open = new SumGraph("open", false);
      Computation c = pool.install(open.graph);
      InputHandle<LongBatch> h = c.input(open.in);
      c.close();
      assertThat(c.isReleased()).isTrue();
      assertThatThrownBy(c::join).isInstanceOf(ComputationException.class).hasMessageContaining("cancelled");
      assertThatThrownBy(() -> h.send(h.newBatch())).isInstanceOf(ComputationException.class);
      assertThat(pool.running()).isZero();

      SumGraph next = new SumGraph("next", false);
      try (Computation d = pool.install(next.graph)) {
        next.feed(d, 3);
        assertThat(d.join(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(next.sums).containsExactly(Map.entry(0L, 6L));
    }
  }

  @Test
  void aClusterOverThePoolInstallsInsteadOfStarting() {
    try (WorkerPool pool = WorkerPool.start(Config.workers(2))) {
      Cluster cluster = Cluster.hosted(pool);
      for (int round = 1; round <= 3; round++) {
        SumGraph g = new SumGraph("round " + round, false);
        try (Computation c = cluster.start(g.graph, List.of())) {
          g.feed(c, round * 10L);
          c.join();
        }
        long n = round * 10L;
        assertThat(g.sums).containsExactly(Map.entry(0L, n * (n + 1) / 2));
      }
      assertThat(pool.installed()).isEqualTo(3);
      assertThat(pool.threads()).allMatch(Thread::isAlive);
    }
  }

  @Test
  void closingThePoolFailsWhatStillRunsAndRefusesMore() {
    WorkerPool pool = WorkerPool.start(Config.workers(1));
    SumGraph open = new SumGraph("open", false);
    Computation c = pool.install(open.graph);
    pool.close();
    assertThatThrownBy(c::join).isInstanceOf(ComputationException.class).hasMessageContaining("worker pool was closed");
    assertThat(pool.threads()).noneMatch(Thread::isAlive);
    assertThatThrownBy(() -> pool.install(new SumGraph("late", false).graph))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void severalProcessesAreRefusedWithAReason() {
    assertThatThrownBy(() -> WorkerPool.start(Config.workers(2).withProcess(2, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one process, not 2");
  }

  @Test
  void aComputationStartedForOneGraphTakesNoOther() {
    SumGraph g = new SumGraph("only", false);
    try (Computation c = Computation.start(g.graph, Config.workers(2))) {
      g.feed(c, 4);
      c.join();
    }
    assertThat(g.sums).containsExactly(Map.entry(0L, 10L));
    assertThat(g.threads).noneMatch(Thread::isAlive);
  }
}

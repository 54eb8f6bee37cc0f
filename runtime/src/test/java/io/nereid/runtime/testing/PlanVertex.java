package io.nereid.runtime.testing;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.LongBatch;
import io.nereid.runtime.graph.Output;
import io.nereid.runtime.graph.Vertex;
import io.nereid.runtime.graph.VertexContext;
import io.nereid.runtime.time.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The vertex of one {@link Plan} step, instrumented for randomized tests: it logs every record
 * batch and notification to an {@link EventLog}, perturbs the schedule (yields, sleeps of a few
 * microseconds), and asks for extra notifications at random times, now or later, whose delivery
 * the log then checks.
 */
public final class PlanVertex implements Vertex {
  private static final int MAX_EXTRA_REQUESTS = 40;

  private final VertexContext ctx;
  private final Plan.Step step;
  private final List<EventLog.Event> log;
  private final Random random;
  private final Set<Timestamp> requested = new HashSet<>();
  private final Map<Timestamp, Set<Long>> distinct = new HashMap<>();
  private final Map<Timestamp, TreeMap<Long, Long>> minByKey = new HashMap<>();
  private int extraRequests;

  public PlanVertex(VertexContext ctx, Plan.Step step, EventLog log, long seed) {
    this.ctx = ctx;
    this.step = step;
    this.log = log.vertex(ctx.stageName() + "@" + ctx.worker());
    this.random = new Random(seed * 31 + ctx.stageName().hashCode() * 17L + ctx.worker());
  }

  @Override
  public void onRecv(int input, Timestamp time, Batch batch) {
    log.add(new EventLog.Event(EventLog.Kind.RECV, time));
    perturb();
    LongBatch in = (LongBatch) batch;
    if (step instanceof Plan.Affine m) {
      Output<LongBatch> out = ctx.output(0);
      LongBatch b = out.newBatch();
      for (int i = 0; i < in.size(); i++) {
        b.add(Plan.apply(m, in.get(i)));
      }
      out.send(time, b);
    } else if (step instanceof Plan.Filter f) {
      Output<LongBatch> out = ctx.output(0);
      LongBatch b = out.newBatch();
      for (int i = 0; i < in.size(); i++) {
        if (Plan.keep(f, in.get(i))) {
          b.add(in.get(i));
        }
      }
      out.send(time, b);
    } else if (step instanceof Plan.Distinct) {
      Set<Long> seen = distinct.computeIfAbsent(time, t -> new HashSet<>());
      request(time);
      for (int i = 0; i < in.size(); i++) {
        seen.add(in.get(i));
      }
    } else if (step instanceof Plan.MinByKey k) {
      TreeMap<Long, Long> min = minByKey.computeIfAbsent(time, t -> new TreeMap<>());
      request(time);
      for (int i = 0; i < in.size(); i++) {
        min.merge(in.get(i) % k.keys(), in.get(i), Math::min);
      }
    } else if (step instanceof Plan.Split) {
      Output<LongBatch> even = ctx.output(0);
      Output<LongBatch> odd = ctx.output(1);
      LongBatch e = even.newBatch();
      LongBatch o = odd.newBatch();
      for (int i = 0; i < in.size(); i++) {
        (in.get(i) % 2 == 0 ? e : o).add(in.get(i));
      }
      even.send(time, e);
      odd.send(time, o);
    } else if (step instanceof Plan.Concat) {
      Output<LongBatch> out = ctx.output(0);
      if (random.nextBoolean()) {
        out.send(time, in); // forward the received batch itself
      } else {
        LongBatch copy = out.newBatch();
        for (int i = 0; i < in.size(); i++) {
          copy.add(in.get(i));
        }
        out.send(time, copy);
      }
    } else {
      throw new IllegalStateException("no vertex for " + step);
    }
    maybeRequestLater(time);
  }

  @Override
  public void onNotify(Timestamp time) {
    log.add(new EventLog.Event(EventLog.Kind.NOTIFY, time));
    perturb();
    Set<Long> seen = distinct.remove(time);
    TreeMap<Long, Long> min = minByKey.remove(time);
    if (seen != null || min != null) {
      Output<LongBatch> out = ctx.output(0);
      LongBatch b = out.newBatch();
      (seen != null ? seen : min.values()).forEach(b::add);
      out.send(time, b);
    }
    maybeRequestLater(time);
  }

  /** Asks for a notification, once per time over the vertex's life. */
  private void request(Timestamp time) {
    if (requested.add(time)) {
      log.add(new EventLog.Event(EventLog.Kind.REQUEST, time));
      ctx.notifyAt(time);
    }
  }

  private void maybeRequestLater(Timestamp time) {
    if (extraRequests < MAX_EXTRA_REQUESTS && random.nextInt(8) == 0) {
      extraRequests++;
      request(switch (random.nextInt(3)) {
        case 0 -> time;
        case 1 -> time.advanceInner(1 + random.nextInt(2));
        default -> time.withEpoch(time.epoch() + 1);
      });
    }
  }

  private void perturb() {
    int dice = random.nextInt(100);
    if (dice < 5) {
      Thread.yield();
    } else if (dice < 7) {
      LockSupport.parkNanos(1_000 + random.nextInt(20_000));
    }
  }
}

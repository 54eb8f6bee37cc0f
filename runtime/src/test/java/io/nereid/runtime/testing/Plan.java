package io.nereid.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * A random dataflow program over numbers in {@code [0, MOD)}, as a tree of steps: maps, filters,
 * per-time aggregations (which use notifications), a split into two branches that merge again,
 * and loops (nested up to depth 2) with an iteration bound. {@link PlanDataflow} builds it as a
 * runtime graph; {@link #evaluate} computes its answer sequentially, in plain Java.
 *
 * <p>Every step works on the records of one time at a time, so the answer for an epoch is a
 * function of that epoch's input alone, whatever the schedule and the number of workers.
 */
public final class Plan {
  /** Values live in {@code [0, MOD)}. */
  public static final long MOD = 1000;

  private Plan() {}

  /** One step of a chain. */
  public sealed interface Step permits Affine, Filter, Distinct, MinByKey, Split, Loop, Concat {}

  /** {@code v -> (mul * v + add) mod MOD}. */
  public record Affine(int mul, int add, boolean exchange) implements Step {}

  /** Drops {@code v} when {@code v mod mod == rem}. */
  public record Filter(int mod, int rem, boolean exchange) implements Step {}

  /** Each value once per time; emitted when the time is complete (exchange by value). */
  public record Distinct() implements Step {}

  /** The least value of each key {@code v mod keys} per time; emitted when the time is complete. */
  public record MinByKey(int keys) implements Step {}

  /** Even values through {@code even}, odd ones through {@code odd}, then merged. */
  public record Split(List<Step> even, List<Step> odd, boolean exchangeEven, boolean exchangeOdd) implements Step {}

  /**
   * A loop: the input enters at counter 0; each iteration's body output leaves the loop and, while
   * the counter + 1 is below {@code bound}, goes around again.
   */
  public record Loop(int bound, boolean exchangeHead, List<Step> body) implements Step {}

  /** Forwards its inputs unchanged (loop heads and merges; never generated as a step). */
  public record Concat() implements Step {}

  /** A random chain of steps with at most {@code maxSteps} steps in all. */
  public static List<Step> random(Random random, int maxSteps) {
    return chain(random, 0, new int[] {maxSteps});
  }

  private static List<Step> chain(Random r, int loopDepth, int[] budget) {
    List<Step> steps = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n && budget[0] > 0; i++) {
      budget[0]--;
      steps.add(step(r, loopDepth, budget));
    }
    return steps;
  }

  private static Step step(Random r, int loopDepth, int[] budget) {
    switch (r.nextInt(10)) {
      case 0, 1, 2:
        return new Affine(1 + r.nextInt(7), r.nextInt((int) MOD), r.nextBoolean());
      case 3, 4: {
        int mod = 2 + r.nextInt(6);
        return new Filter(mod, r.nextInt(mod), r.nextBoolean());
      }
      case 5:
        return new Distinct();
      case 6:
        return new MinByKey(1 + r.nextInt(20));
      case 7:
        return new Split(chain(r, loopDepth, budget), chain(r, loopDepth, budget), r.nextBoolean(), r.nextBoolean());
      default: {
        if (loopDepth >= 2) {
          return new Affine(1 + r.nextInt(7), r.nextInt((int) MOD), r.nextBoolean());
        }
        List<Step> body = chain(r, loopDepth + 1, budget);
        if (containsLoop(body)) {
          // A nested loop multiplies the records by its bound on every outer iteration: keep it in check.
          body.add(new Distinct());
        }
        return new Loop(1 + r.nextInt(loopDepth == 0 ? 5 : 4), r.nextBoolean(), body);
      }
    }
  }

  private static boolean containsLoop(List<Step> steps) {
    for (Step s : steps) {
      if (s instanceof Loop || s instanceof Split sp && (containsLoop(sp.even()) || containsLoop(sp.odd()))) {
        return true;
      }
    }
    return false;
  }

  /** The answer of {@code steps} for the records {@code values} of one time, in plain Java. */
  public static List<Long> evaluate(List<Step> steps, List<Long> values) {
    List<Long> current = values;
    for (Step s : steps) {
      current = evaluate(s, current);
    }
    return current;
  }

  private static List<Long> evaluate(Step step, List<Long> in) {
    List<Long> out = new ArrayList<>();
    if (step instanceof Affine m) {
      in.forEach(v -> out.add(apply(m, v)));
    } else if (step instanceof Filter f) {
      in.stream().filter(v -> keep(f, v)).forEach(out::add);
    } else if (step instanceof Distinct) {
      in.stream().distinct().forEach(out::add);
    } else if (step instanceof MinByKey k) {
      TreeMap<Long, Long> min = new TreeMap<>();
      in.forEach(v -> min.merge(v % k.keys(), v, Math::min));
      out.addAll(min.values());
    } else if (step instanceof Split s) {
      out.addAll(evaluate(s.even(), in.stream().filter(v -> v % 2 == 0).toList()));
      out.addAll(evaluate(s.odd(), in.stream().filter(v -> v % 2 != 0).toList()));
    } else if (step instanceof Loop l) {
      List<Long> current = in;
      for (int i = 0; !current.isEmpty(); i++) {
        List<Long> result = evaluate(l.body(), current);
        out.addAll(result);
        if (i + 1 >= l.bound()) {
          break;
        }
        current = result;
      }
    } else {
      out.addAll(in);
    }
    return out;
  }

  public static long apply(Affine m, long v) {
    return (m.mul() * v + m.add()) % MOD;
  }

  public static boolean keep(Filter f, long v) {
    return v % f.mod() != f.rem();
  }
}

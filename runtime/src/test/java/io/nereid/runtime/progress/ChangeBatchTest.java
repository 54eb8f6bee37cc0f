package io.nereid.runtime.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.time.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A worker's accumulated count changes, and the update they become. */
class ChangeBatchTest {

  record Change(int location, Timestamp time, long delta) {}

  @Provide
  Arbitrary<List<Change>> changes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.longs().between(0, 2).map(Timestamp::of),
            Arbitraries.of(-2L, -1L, 0L, 1L, 2L))
        .as(Change::new).list().ofMaxSize(40);
  }

  @Property(tries = 300)
  void aDrainedUpdateHoldsTheSumsOfTheChangesAndNothingElse(@ForAll("changes") List<Change> changes) {
    ChangeBatch batch = new ChangeBatch();
    Map<Pointstamp, Long> model = new HashMap<>();
    for (Change c : changes) {
      batch.update(c.location(), c.time(), c.delta());
      model.merge(new Pointstamp(c.location(), c.time()), c.delta(), Long::sum);
    }
    model.values().removeIf(v -> v == 0);
    assertThat(batch.isEmpty()).isEqualTo(model.isEmpty());
    ProgressUpdate u = batch.drain();
    Map<Pointstamp, Long> drained = new HashMap<>();
    for (int i = 0; i < u.size(); i++) {
      assertThat(u.delta(i)).isNotZero();
      assertThat(drained.put(new Pointstamp(u.location(i), u.time(i)), u.delta(i))).as("one entry per pointstamp").isNull();
    }
    assertThat(drained).isEqualTo(model);
    assertThat(batch.isEmpty()).isTrue();
    assertThat(batch.drain().size()).isZero();
  }

  @Example
  void aSendAndItsConsumptionInOneRoundCancel() {
    ChangeBatch batch = new ChangeBatch();
    batch.update(3, Timestamp.of(1, 0), 1);
    batch.update(3, Timestamp.of(1, 0), -1);
    assertThat(batch.isEmpty()).isTrue();
    batch.update(3, Timestamp.of(1, 1), -1);
    assertThat(batch.isEmpty()).isFalse();
    assertThat(batch.drain()).isEqualTo(new ProgressUpdate(new int[] {3}, new Timestamp[] {Timestamp.of(1, 1)},
        new long[] {-1}));
  }

  @Example
  void progressUpdates() {
    ProgressUpdate a = new ProgressUpdate(new int[] {1, 2}, new Timestamp[] {Timestamp.of(0), Timestamp.of(1)},
        new long[] {1, -1});
    ProgressUpdate b = new ProgressUpdate(new int[] {1, 2}, new Timestamp[] {Timestamp.of(0), Timestamp.of(1)},
        new long[] {1, -1});
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString("ProgressUpdate[1@(0)+1, 2@(1)-1]");
    assertThat(a).isNotEqualTo(new ProgressUpdate(new int[] {1}, new Timestamp[] {Timestamp.of(0)}, new long[] {1}));
    assertThatThrownBy(() -> new ProgressUpdate(new int[] {1}, new Timestamp[0], new long[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Pointstamp(0, null)).isInstanceOf(NullPointerException.class);
  }
}

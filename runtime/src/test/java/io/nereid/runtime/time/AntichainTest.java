package io.nereid.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nereid.runtime.testing.TimeArbitraries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Antichain} and {@link MutableAntichain} against brute-force models. */
class AntichainTest {

  /** One count change. */
  record Change(Timestamp time, long delta) {}

  @Provide
  Arbitrary<List<Timestamp>> insertions() {
    return Arbitraries.integers().between(0, TimeArbitraries.MAX_DEPTH)
        .flatMap(d -> TimeArbitraries.timestamps(d).list().ofMinSize(1).ofMaxSize(30));
  }

  @Provide
  Arbitrary<List<Change>> changes() {
    return Arbitraries.integers().between(0, 2).flatMap(d -> Combinators.combine(
            TimeArbitraries.timestamps(d), Arbitraries.of(-2L, -1L, -1L, 1L, 1L, 2L))
        .as(Change::new).list().ofMinSize(1).ofMaxSize(60));
  }

  /** The minimal elements of {@code set} in the product order. */
  private static Set<Timestamp> minimal(Set<Timestamp> set) {
    Set<Timestamp> min = new HashSet<>();
    for (Timestamp t : set) {
      boolean dominated = false;
      for (Timestamp u : set) {
        dominated |= u.lessThan(t);
      }
      if (!dominated) {
        min.add(t);
      }
    }
    return min;
  }

  @Property(tries = 300)
  void anAntichainKeepsTheMinimalElementsOfWhatWasInserted(@ForAll("insertions") List<Timestamp> inserted) {
    Antichain<Timestamp> a = new Antichain<>();
    Set<Timestamp> all = new HashSet<>();
    for (Timestamp t : inserted) {
      Set<Timestamp> before = minimal(all);
      all.add(t);
      Set<Timestamp> after = minimal(all);
      assertThat(a.insert(t)).as("insert %s into %s", t, before).isEqualTo(!before.equals(after));
      assertThat(new HashSet<>(a.elements())).isEqualTo(after);
      assertThat(a.size()).isEqualTo(after.size());
    }
    Timestamp probe = inserted.get(0);
    for (Timestamp t : inserted) {
      for (Timestamp u : List.of(t, probe, t.join(probe), t.meet(probe))) {
        assertThat(a.lessEqual(u)).isEqualTo(all.stream().anyMatch(x -> x.lessEqual(u)));
        assertThat(a.lessThan(u)).isEqualTo(all.stream().anyMatch(x -> x.lessThan(u)));
      }
    }
  }

  @Property(tries = 300)
  void equalityIgnoresInsertionOrder(@ForAll("insertions") List<Timestamp> inserted) {
    Antichain<Timestamp> forward = new Antichain<>();
    Antichain<Timestamp> backward = new Antichain<>();
    for (int i = 0; i < inserted.size(); i++) {
      forward.insert(inserted.get(i));
      backward.insert(inserted.get(inserted.size() - 1 - i));
    }
    assertThat(forward).isEqualTo(backward).hasSameHashCodeAs(backward);
    assertThat(forward.freeze()).isEqualTo(backward).hasToString(backward.toString());
  }

  @Example
  void anEmptyAntichainBlocksNothing() {
    Antichain<Timestamp> a = new Antichain<>();
    assertThat(a.isEmpty()).isTrue();
    assertThat(a.lessEqual(Timestamp.of(0))).isFalse();
    assertThat(a.lessThan(Timestamp.of(0))).isFalse();
  }

  @Example
  void aFrozenAntichainIsImmutableAndTheOriginalStaysMutable() {
    Antichain<Timestamp> a = Antichain.of(Timestamp.of(1, 2));
    Antichain<Timestamp> frozen = a.freeze();
    assertThat(frozen.freeze()).isSameAs(frozen);
    assertThatThrownBy(() -> frozen.insert(Timestamp.of(0, 0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.elements().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(a.insert(Timestamp.of(2, 0))).isTrue();
    assertThat(frozen.elements()).containsExactly(Timestamp.of(1, 2));
    assertThat(a.elements()).containsExactlyInAnyOrder(Timestamp.of(1, 2), Timestamp.of(2, 0));
    assertThat(a.insert(Timestamp.of(0, 0))).isTrue();
    assertThat(a.elements()).containsExactly(Timestamp.of(0, 0));
  }

  @Property(tries = 300)
  void aMutableAntichainsFrontierIsTheMinimalPositiveTimes(@ForAll("changes") List<Change> changes) {
    MutableAntichain m = new MutableAntichain();
    Map<Timestamp, Long> model = new HashMap<>();
    for (Change c : changes) {
      Set<Timestamp> before = minimal(positive(model));
      model.merge(c.time(), c.delta(), Long::sum);
      Set<Timestamp> after = minimal(positive(model));
      boolean changed = m.update(c.time(), c.delta());
      assertThat(new HashSet<>(m.frontier().elements()))
          .as("frontier after %s, counts %s", c, model).isEqualTo(after);
      assertThat(changed).as("update %s changed the frontier %s -> %s", c, before, after)
          .isEqualTo(!before.equals(after));
      assertThat(m.count(c.time())).isEqualTo(model.get(c.time()));
      assertThat(m.isEmpty()).isEqualTo(model.values().stream().allMatch(v -> v == 0));
    }
    // Undo everything in reverse: every count returns to zero, the frontier empties.
    for (int i = changes.size() - 1; i >= 0; i--) {
      m.update(changes.get(i).time(), -changes.get(i).delta());
    }
    assertThat(m.isEmpty()).isTrue();
    assertThat(m.frontier().isEmpty()).isTrue();
  }

  private static Set<Timestamp> positive(Map<Timestamp, Long> counts) {
    Set<Timestamp> p = new HashSet<>();
    counts.forEach((t, c) -> {
      if (c > 0) {
        p.add(t);
      }
    });
    return p;
  }

  @Example
  void aTransientNegativeCountIsNotInTheFrontierAndCancelsALaterIncrement() {
    MutableAntichain m = new MutableAntichain();
    Timestamp t = Timestamp.of(0, 1);
    assertThat(m.update(t, -1)).isFalse();
    assertThat(m.frontier().isEmpty()).isTrue();
    assertThat(m.isEmpty()).isFalse();
    assertThat(m.update(t, +1)).isFalse();
    assertThat(m.isEmpty()).isTrue();
    assertThat(m.update(Timestamp.of(0, 2), +1)).isTrue();
    assertThat(m.frontier().elements()).containsExactly(Timestamp.of(0, 2));
    // A positive count hidden behind a smaller one surfaces when the smaller one goes.
    assertThat(m.update(t, +1)).isTrue();
    assertThat(m.frontier().elements()).containsExactly(t);
    assertThat(m.update(t, -1)).isTrue();
    assertThat(m.frontier().elements()).containsExactly(Timestamp.of(0, 2));
    assertThat(m.update(t, 0)).isFalse();
  }

  @Example
  void frontierSnapshotsDoNotChangeAfterwards() {
    MutableAntichain m = new MutableAntichain();
    m.update(Timestamp.of(3), 1);
    Antichain<Timestamp> snapshot = m.frontier();
    m.update(Timestamp.of(1), 1);
    assertThat(snapshot.elements()).containsExactly(Timestamp.of(3));
    assertThat(m.frontier().elements()).containsExactly(Timestamp.of(1));
    assertThat(new ArrayList<>(m.frontier().elements())).hasSize(1);
  }
}

package io.nereid.runtime.time;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A set of mutually incomparable elements: the minimal elements of what was inserted. A
 * frontier is an antichain of timestamps; reachability keeps antichains of path summaries.
 *
 * <p>Mutable and not thread-safe; {@link #freeze} gives an immutable copy to share.
 */
public final class Antichain<T extends PartialOrder<T>> {
  private final List<T> elements;
  private final boolean frozen;

  public Antichain() {
    this(new ArrayList<>(2), false);
  }

  private Antichain(List<T> elements, boolean frozen) {
    this.elements = elements;
    this.frozen = frozen;
  }

  /** An antichain of one element. */
  public static <T extends PartialOrder<T>> Antichain<T> of(T element) {
    Antichain<T> a = new Antichain<>();
    a.insert(element);
    return a;
  }

  /**
   * Inserts {@code element} unless some element is already less than or equal to it; removes the
   * elements it is less than. Returns whether the antichain changed.
   */
  public boolean insert(T element) {
    if (frozen) {
      throw new UnsupportedOperationException("frozen antichain");
    }
    for (T e : elements) {
      if (e.lessEqual(element)) {
        return false;
      }
    }
    elements.removeIf(element::lessEqual);
    elements.add(element);
    return true;
  }

  /** Whether some element is less than or equal to {@code t}: {@code t} is not yet "passed". */
  public boolean lessEqual(T t) {
    for (T e : elements) {
      if (e.lessEqual(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some element is strictly less than {@code t}. */
  public boolean lessThan(T t) {
    for (T e : elements) {
      if (e.lessEqual(t) && !e.equals(t)) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return elements.isEmpty();
  }

  public int size() {
    return elements.size();
  }

  public List<T> elements() {
    return Collections.unmodifiableList(elements);
  }

  /** An immutable copy. */
  public Antichain<T> freeze() {
    return frozen ? this : new Antichain<>(List.copyOf(elements), true);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Antichain<?> a && a.elements.size() == elements.size() && a.elements.containsAll(elements);
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (T e : elements) {
      h += e.hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    List<T> sorted = new ArrayList<>(elements);
    sorted.sort((a, b) -> a.toString().compareTo(b.toString()));
    return sorted.toString();
  }
}

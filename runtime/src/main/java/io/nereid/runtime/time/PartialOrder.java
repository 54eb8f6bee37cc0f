package io.nereid.runtime.time;

/** A value with a partial order, as timestamps and path summaries have. */
public interface PartialOrder<T> {
  /** Whether {@code this} is less than or equal to {@code other} in the partial order. */
  boolean lessEqual(T other);
}

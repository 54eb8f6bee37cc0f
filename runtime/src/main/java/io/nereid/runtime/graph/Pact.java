package io.nereid.runtime.graph;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.Partitioner;
import java.util.Objects;

/**
 * How records move along an edge: {@link #pipeline} keeps them on the worker that produced them;
 * {@link #exchange} routes each record to the worker its partitioner picks.
 */
public final class Pact<B extends Batch> {
  private static final Pact<?> PIPELINE = new Pact<>(null);
  private final Partitioner<B> partitioner;

  private Pact(Partitioner<B> partitioner) {
    this.partitioner = partitioner;
  }

  @SuppressWarnings("unchecked")
  public static <B extends Batch> Pact<B> pipeline() {
    return (Pact<B>) PIPELINE;
  }

  public static <B extends Batch> Pact<B> exchange(Partitioner<B> partitioner) {
    return new Pact<>(Objects.requireNonNull(partitioner, "partitioner"));
  }

  public boolean isExchange() {
    return partitioner != null;
  }

  /** The partitioner of an exchange; null for a pipeline. */
  public Partitioner<B> partitioner() {
    return partitioner;
  }

  @Override
  public String toString() {
    return isExchange() ? "exchange" : "pipeline";
  }
}

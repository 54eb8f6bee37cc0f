package io.nereid.runtime.examples;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.BatchType;
import io.nereid.runtime.data.Hashing;
import io.nereid.runtime.data.Partitioner;
import java.util.Arrays;

/**
 * A batch of (long, long) pairs in two primitive columns: the layout generated code uses for a
 * record of two longs (an edge, a node and its label).
 */
public final class LongPairBatch implements Batch {
  public static final BatchType<LongPairBatch> TYPE = new BatchType<>() {
    @Override
    public LongPairBatch create() {
      return new LongPairBatch();
    }

    @Override
    public String name() {
      return "(long, long)";
    }
  };

  /** Routes each pair by its first field. */
  public static final Partitioner<LongPairBatch> BY_FIRST = (batch, out) -> {
    if (out.length == 1) {
      out[0].addAll(batch);
      return;
    }
    long[] a = batch.first;
    long[] b = batch.second;
    for (int i = 0, n = batch.size; i < n; i++) {
      out[Hashing.worker(a[i], out.length)].add(a[i], b[i]);
    }
  };

  /** Routes each pair by its second field. */
  public static final Partitioner<LongPairBatch> BY_SECOND = (batch, out) -> {
    if (out.length == 1) {
      out[0].addAll(batch);
      return;
    }
    long[] a = batch.first;
    long[] b = batch.second;
    for (int i = 0, n = batch.size; i < n; i++) {
      out[Hashing.worker(b[i], out.length)].add(a[i], b[i]);
    }
  };

  private long[] first = new long[256];
  private long[] second = new long[256];
  private int size;

  public void add(long a, long b) {
    if (size == first.length) {
      grow(size + 1);
    }
    first[size] = a;
    second[size] = b;
    size++;
  }

  /** Appends pairs {@code (first[i], second[i])} for {@code i} in {@code [from, from + n)}. */
  public void addAll(long[] firstColumn, long[] secondColumn, int from, int n) {
    grow(size + n);
    System.arraycopy(firstColumn, from, first, size, n);
    System.arraycopy(secondColumn, from, second, size, n);
    size += n;
  }

  public void addAll(LongPairBatch other) {
    grow(size + other.size);
    System.arraycopy(other.first, 0, first, size, other.size);
    System.arraycopy(other.second, 0, second, size, other.size);
    size += other.size;
  }

  private void grow(int needed) {
    if (needed > first.length) {
      int cap = Math.max(needed, first.length * 2);
      first = Arrays.copyOf(first, cap);
      second = Arrays.copyOf(second, cap);
    }
  }

  /** The first column; valid in {@code [0, size())}. */
  public long[] firstArray() {
    return first;
  }

  /** The second column; valid in {@code [0, size())}. */
  public long[] secondArray() {
    return second;
  }

  public long first(int i) {
    return first[i];
  }

  public long second(int i) {
    return second[i];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void clear() {
    size = 0;
  }

  @Override
  public BatchType<LongPairBatch> type() {
    return TYPE;
  }
}

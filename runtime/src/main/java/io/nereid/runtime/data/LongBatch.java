package io.nereid.runtime.data;

import java.util.Arrays;

/** A batch of primitive longs, in one growable array. */
public final class LongBatch implements Batch {
  /** The type of long batches. */
  public static final BatchType<LongBatch> TYPE = new BatchType<>() {
    @Override
    public LongBatch create() {
      return new LongBatch();
    }

    @Override
    public String name() {
      return "long";
    }
  };

  /** Routes each value to {@code Hashing.worker(value)}. */
  public static final Partitioner<LongBatch> BY_VALUE = (batch, out) -> {
    int workers = out.length;
    long[] v = batch.values;
    for (int i = 0, n = batch.size; i < n; i++) {
      out[Hashing.worker(v[i], workers)].add(v[i]);
    }
  };

  private long[] values = new long[64];
  private int size;

  public void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  public long get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return values[index];
  }

  /** The backing array; valid in {@code [0, size())}. */
  public long[] array() {
    return values;
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
  public BatchType<LongBatch> type() {
    return TYPE;
  }

  @Override
  public String toString() {
    return Arrays.toString(Arrays.copyOf(values, size));
  }
}

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
    int n = batch.size;
    long[] v = batch.values;
    if (workers == 1) {
      out[0].addAll(v, n);
      return;
    }
    // Destination arrays and sizes in locals, capacity reserved up front: the loop is a hash, a
    // store and an increment per record.
    long[][] dest = new long[workers][];
    int[] sizes = new int[workers];
    for (int w = 0; w < workers; w++) {
      out[w].reserve(n);
      dest[w] = out[w].values;
      sizes[w] = out[w].size;
    }
    for (int i = 0; i < n; i++) {
      long x = v[i];
      int w = Hashing.worker(x, workers);
      dest[w][sizes[w]++] = x;
    }
    for (int w = 0; w < workers; w++) {
      out[w].size = sizes[w];
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

  /** Appends the first {@code n} values of {@code source}. */
  public void addAll(long[] source, int n) {
    reserve(n);
    System.arraycopy(source, 0, values, size, n);
    size += n;
  }

  /** Makes room for {@code more} values without further growth. */
  public void reserve(int more) {
    if (size + more > values.length) {
      values = Arrays.copyOf(values, Math.max(size + more, values.length * 2));
    }
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

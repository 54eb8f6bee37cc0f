package io.nereid.runtime.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A batch of object records: the general-purpose layout for hand-written vertices. Generated
 * code uses specialized batch classes with primitive columns instead.
 */
public final class ObjectBatch<T> implements Batch {
  private final Type<T> type;
  private Object[] items = new Object[64];
  private int size;

  private ObjectBatch(Type<T> type) {
    this.type = type;
  }

  /** A batch type for records of class {@code T}; create one per record type and reuse it. */
  public static <T> Type<T> type(String name) {
    return new Type<>(name);
  }

  public void add(T item) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = item;
  }

  @SuppressWarnings("unchecked")
  public T get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return (T) items[index];
  }

  /** A copy of the records, as a list. */
  public List<T> toList() {
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(get(i));
    }
    return list;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void clear() {
    Arrays.fill(items, 0, size, null);
    size = 0;
  }

  @Override
  public Type<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return toList().toString();
  }

  /** The batch type of object records of one class. */
  public static final class Type<T> implements BatchType<ObjectBatch<T>> {
    private final String name;

    private Type(String name) {
      this.name = name;
    }

    @Override
    public ObjectBatch<T> create() {
      return new ObjectBatch<>(this);
    }

    @Override
    public String name() {
      return name;
    }

    /** A partitioner that routes each record by {@code Hashing.worker(key.applyAsLong(record))}. */
    public Partitioner<ObjectBatch<T>> partitionBy(ToLongFunction<? super T> key) {
      return (batch, out) -> {
        int workers = out.length;
        for (int i = 0, n = batch.size; i < n; i++) {
          @SuppressWarnings("unchecked")
          T item = (T) batch.items[i];
          out[Hashing.worker(key.applyAsLong(item), workers)].add(item);
        }
      };
    }

    @Override
    public String toString() {
      return name;
    }
  }
}

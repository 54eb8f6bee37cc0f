package io.nereid.runtime.exec;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.BatchType;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recycled batches of one worker, per batch type. A batch is returned to the pool of the worker
 * that consumed it, whoever filled it; the pool is bounded so that one-way traffic does not
 * hoard memory on the receiving side. Not thread-safe: one per worker.
 */
final class BatchPool {
  private static final int MAX_PER_TYPE = 256;
  private final Map<BatchType<?>, ArrayDeque<Batch>> free = new IdentityHashMap<>();

  @SuppressWarnings("unchecked")
  <B extends Batch> B take(BatchType<B> type) {
    ArrayDeque<Batch> q = free.get(type);
    Batch b = q == null ? null : q.pollLast();
    return b != null ? (B) b : type.create();
  }

  void give(Batch batch) {
    ArrayDeque<Batch> q = free.computeIfAbsent(batch.type(), t -> new ArrayDeque<>());
    if (q.size() < MAX_PER_TYPE) {
      batch.clear();
      q.addLast(batch);
    }
  }
}

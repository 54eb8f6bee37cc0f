package io.nereid.runtime.data;

/**
 * Routes the records of a batch to workers for an exchange edge: appends each record of
 * {@code batch} to {@code out[w]} where {@code w} is its worker, for example
 * {@code Hashing.worker(hash(key), out.length)}.
 *
 * <p>One call partitions a whole batch, so that implementations (generated per record type and
 * key) run a tight loop without a virtual call per record. {@code batch} must not be modified.
 */
@FunctionalInterface
public interface Partitioner<B extends Batch> {
  void partition(B batch, B[] out);
}

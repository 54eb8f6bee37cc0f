package io.nereid.runtime.data;

/**
 * Creates empty batches of one record type. One instance per type, compared by identity: the
 * runtime keeps one pool of recycled batches per type and worker.
 */
public interface BatchType<B extends Batch> {
  /** A new, empty batch. */
  B create();

  /** A name for messages and logs, e.g. the record type's name. */
  String name();
}

package io.nereid.runtime.exec;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.BatchType;
import io.nereid.runtime.graph.Output;
import io.nereid.runtime.time.Timestamp;
import java.util.Objects;

/** One output of one vertex: checks the send time, then hands the batch to every edge. */
final class OutputPort<B extends Batch> implements Output<B> {
  private final VertexRunner owner;
  private final BatchType<B> type;
  private final int index;
  EdgeSender[] edges = new EdgeSender[0];

  OutputPort(VertexRunner owner, BatchType<B> type, int index) {
    this.owner = owner;
    this.type = type;
    this.index = index;
  }

  @Override
  public B newBatch() {
    return owner.pool().take(type);
  }

  @Override
  public void send(Timestamp time, B batch) {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(batch, "batch");
    owner.checkSend(time, index);
    Payload current = owner.currentPayload();
    boolean forwarding = current != null && current.batch == batch;
    if (batch.size() == 0 || edges.length == 0) {
      if (!forwarding) {
        owner.pool().give(batch);
      }
      return;
    }
    Payload p = forwarding ? current : new Payload(batch, 0);
    p.refs += edges.length;
    for (EdgeSender e : edges) {
      e.send(time, p);
    }
  }

  void flush() {
    for (EdgeSender e : edges) {
      e.flush();
    }
  }
}

package io.nereid.runtime.graph;

import io.nereid.runtime.data.Batch;
import io.nereid.runtime.time.Timestamp;

/** The vertices of the built-in stages: they forward batches unchanged, at a changed time. */
final class BuiltinVertices {
  private BuiltinVertices() {}

  static VertexFactory forward(StageKind kind, int maxIterations) {
    return ctx -> new Vertex() {
      private final Output<Batch> out = ctx.output(0);

      @Override
      public void onRecv(int input, Timestamp time, Batch batch) {
        switch (kind) {
          case INPUT -> out.send(time, batch);
          case INGRESS -> out.send(time.push(0), batch);
          case EGRESS -> out.send(time.pop(), batch);
          case FEEDBACK -> {
            if (time.inner() + 1 < maxIterations) {
              out.send(time.increment(), batch);
            }
          }
          default -> throw new IllegalStateException("not a forwarding stage: " + kind);
        }
      }
    };
  }
}

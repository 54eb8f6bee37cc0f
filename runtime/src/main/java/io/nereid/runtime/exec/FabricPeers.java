package io.nereid.runtime.exec;

import io.nereid.runtime.comm.BatchCodec;
import io.nereid.runtime.comm.Fabric;
import io.nereid.runtime.comm.ProgressUpdateCodec;
import io.nereid.runtime.comm.TimestampCodec;
import io.nereid.runtime.comm.WireFormatException;
import io.nereid.runtime.comm.WireReader;
import io.nereid.runtime.data.Batch;
import io.nereid.runtime.data.BatchType;
import io.nereid.runtime.graph.Edge;
import io.nereid.runtime.graph.Graph;
import io.nereid.runtime.graph.Stage;
import io.nereid.runtime.progress.ProgressUpdate;
import io.nereid.runtime.time.Timestamp;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link Peers} over a {@link Fabric}: progress updates on one channel, batches on another, each
 * encoded with the codec of its batch type. Every type that crosses an exchange edge needs a
 * codec; that is checked when the peers are made, naming the stage.
 *
 * <pre>{@code
 * FabricPeers peers = new FabricPeers(fabric, graph, codecs);
 * Computation c = Computation.start(graph, config.withProcess(P, id), peers);
 * peers.attach(c);   // frames that arrived before are held by the fabric and delivered now
 * }</pre>
 */
public final class FabricPeers implements Peers {
  /** The channel of progress updates. */
  public static final int PROGRESS = 0;
  /** The channel of batches. */
  public static final int DATA = 1;

  private final Fabric fabric;
  private final Graph graph;
  private final Map<BatchType<?>, BatchCodec<?>> codecs;

  public FabricPeers(Fabric fabric, Graph graph, List<BatchCodec<?>> codecs) {
    this.fabric = Objects.requireNonNull(fabric, "fabric");
    this.graph = Objects.requireNonNull(graph, "graph");
    this.codecs = new IdentityHashMap<>();
    for (BatchCodec<?> c : codecs) {
      this.codecs.put(c.type(), c);
    }
    List<String> missing = new ArrayList<>();
    for (Stage s : graph.stages()) {
      for (int o = 0; o < s.outputs(); o++) {
        for (Edge e : s.edges().get(o)) {
          BatchType<?> type = s.outputTypes().get(o);
          if (e.pact().isExchange() && !this.codecs.containsKey(type)) {
            missing.add("'" + type.name() + "' (exchanged from stage " + s.describe() + ")");
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("no codec for the batch types that cross processes: "
          + String.join(", ", missing));
    }
  }

  /** Starts delivering what the peers send to {@code computation}, and their failures. */
  public void attach(Computation computation) {
    Objects.requireNonNull(computation, "computation");
    fabric.register(PROGRESS, (from, in) -> computation.receiveProgress(ProgressUpdateCodec.INSTANCE.read(in)));
    fabric.register(DATA, (from, in) -> receiveData(computation, from, in));
    fabric.addFailureListener(computation::peerFailed);
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void sendData(int process, int worker, int stage, int input, Timestamp time, Batch batch) {
    BatchCodec codec = codecs.get(batch.type());
    fabric.send(process, DATA, out -> {
      out.writeInt(worker);
      out.writeInt(stage);
      out.writeInt(input);
      TimestampCodec.INSTANCE.write(time, out);
      codec.write(batch, out);
    });
  }

  @Override
  public void broadcastProgress(ProgressUpdate update) {
    for (int p = 0; p < fabric.processes(); p++) {
      if (p != fabric.processId()) {
        fabric.send(p, PROGRESS, out -> ProgressUpdateCodec.INSTANCE.write(update, out));
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void receiveData(Computation computation, int from, WireReader in) {
    int worker = in.readInt();
    int stage = in.readInt();
    int input = in.readInt();
    Timestamp time = TimestampCodec.INSTANCE.read(in);
    if (stage < 0 || stage >= graph.stages().size() || input < 0 || input >= graph.stage(stage).inputs()) {
      throw new WireFormatException("process " + from + " sent a batch for stage " + stage + " input " + input
          + ", which this graph does not have (do all processes run the same program?)");
    }
    BatchCodec codec = codecs.get(graph.stage(stage).inputTypes().get(input));
    if (codec == null) {
      throw new WireFormatException("process " + from + " sent a batch of a type without a codec to stage "
          + graph.stage(stage).describe());
    }
    computation.receiveData(worker, stage, input, time, codec.read(in));
  }
}

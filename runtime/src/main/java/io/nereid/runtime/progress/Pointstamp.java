package io.nereid.runtime.progress;

import io.nereid.runtime.time.Timestamp;
import java.util.Objects;

/**
 * A location in the dataflow graph and a time: the unit of progress accounting. Messages in
 * flight are counted at the input port (target) they go to; capabilities to send (held inputs,
 * requested notifications) at output ports (sources).
 */
public record Pointstamp(int location, Timestamp time) {
  public Pointstamp {
    Objects.requireNonNull(time, "time");
  }
}

package io.nereid.runtime.graph;

/** A dataflow graph that cannot work, refused when it is built; the message names the stages. */
public final class GraphException extends RuntimeException {
  public GraphException(String message) {
    super(message);
  }
}

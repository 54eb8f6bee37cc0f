package io.nereid.runtime.graph;

import java.util.Objects;

/**
 * A region of the graph whose timestamps have the same depth: the root (depth 0) or a loop
 * (one counter more than its parent). Stages are declared in a scope and read streams of it.
 */
public class Scope {
  final GraphModel model;
  private final Scope parent;
  private final String name;
  private final int depth;

  Scope(GraphModel model, Scope parent, String name) {
    this.model = model;
    this.parent = parent;
    this.name = name;
    this.depth = parent == null ? 0 : parent.depth + 1;
  }

  /** Number of loop counters in this scope's timestamps. */
  public int depth() {
    return depth;
  }

  /** The enclosing scope; null for the root. */
  public Scope parent() {
    return parent;
  }

  public String name() {
    return name;
  }

  String describe() {
    return parent == null ? "the root scope" : "loop '" + name + "'";
  }

  /** Declares a stage in this scope. */
  public StageBuilder stage(String name) {
    Objects.requireNonNull(name, "name");
    return new StageBuilder(model.newStage(name, StageKind.USER, this, this));
  }

  /** Declares a loop nested in this scope. */
  public Loop loop(String name) {
    return new Loop(model, this, Objects.requireNonNull(name, "name"));
  }
}

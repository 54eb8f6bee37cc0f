package io.nereid.runtime.graph;

/** Creates the vertex of a stage for one worker. */
@FunctionalInterface
public interface VertexFactory {
  Vertex create(VertexContext context);
}

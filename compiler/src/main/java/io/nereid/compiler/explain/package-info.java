/** What {@code nq explain} prints: the logical plan before and after optimization, and Graphviz DOT. */
package io.nereid.compiler.explain;

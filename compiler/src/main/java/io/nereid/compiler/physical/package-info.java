/**
 * The physical plan: the optimized logical plan cut into <em>stages</em>, the unit of code
 * generation (one generated vertex class, one runtime stage). A stage has an entry (what consumes
 * its inputs: an input source, a pass-through, a concat, a hash join, an aggregate merge, a
 * distinct, a sink), a fused chain of stateless operators (filter, project, select-many) run in
 * one loop, and an optional exit combiner (the partial aggregate computed before an exchange).
 * Inputs of a stage are pipelined or exchanged on key expressions; an exchange is planned only
 * where the stream is not already partitioned on the key. See docs/EXECUTION.md.
 */
package io.nereid.compiler.physical;

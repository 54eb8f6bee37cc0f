/**
 * Rule-based optimization of logical plans: small rules named by what they do (MergeFilters,
 * PushFilterThroughProject, PushFilterThroughJoin, PushFilterOutOfLoop, PruneProjections,
 * FoldConstants, ExtractJoinKeys, MarkLoopInvariants), applied to a fixpoint by
 * {@link io.nereid.compiler.optimize.Optimizer}.
 */
package io.nereid.compiler.optimize;

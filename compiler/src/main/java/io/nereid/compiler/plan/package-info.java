/**
 * The logical plan: immutable relational-algebra records (Scan, Project, Filter, FlatMap, Join,
 * SemiJoin, Aggregate, Distinct, SetOperation, OrderBy, Iterate with LoopVariable, LoopInvariant,
 * Output) over the typed expression IR of {@code plan.expr}, free of AST types. Its canonical
 * printout ({@link io.nereid.compiler.plan.PlanPrinter}) is the language of plan golden files and
 * of {@code nq explain}; {@link io.nereid.compiler.plan.DotWriter} draws it.
 */
package io.nereid.compiler.plan;

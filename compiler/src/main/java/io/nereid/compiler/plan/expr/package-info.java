/**
 * Fully resolved, typed scalar expressions (columns by index, literals, parameters, operators,
 * built-in and Java calls, casts, conditionals), the input of code generation, with a reference
 * interpreter ({@link io.nereid.compiler.plan.expr.Evaluator}) that fixes their semantics.
 */
package io.nereid.compiler.plan.expr;

/**
 * The NQ type system: scalar kinds ({@code bool int long double string date}) with nullability,
 * record schemas with named fields, relation types, numeric promotion and the other typing rules
 * ({@link io.nereid.compiler.types.TypeRules}), and the signatures of the built-in scalar
 * functions, table functions ({@code split}, {@code range}) and aggregates
 * ({@code count sum min max avg}).
 */
package io.nereid.compiler.types;

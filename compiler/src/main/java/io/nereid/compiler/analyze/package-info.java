/**
 * Semantic analysis: scopes and name resolution, type inference and checking, schemas of every
 * relation, loop-variable checks, Java imports by reflection, and the translation of the AST into
 * the logical plan. Every error is collected and reported with a location and, where one exists,
 * a hint. The entry point is {@link io.nereid.compiler.analyze.Analyzer#analyze}.
 */
package io.nereid.compiler.analyze;

/**
 * {@code nq repl}: the interactive REPL (JLine) and its scripted form ({@code nq repl < script.nqs}).
 * A {@link io.nereid.cli.repl.Session} keeps the declarations typed so far and the rows loaded into
 * inputs (in memory, typed, parsed once); each query compiles to a small dataflow, installed into
 * the session's one running computation and fed from those rows; joins with a stored relation probe
 * an index of it kept across queries. See {@code docs/REPL.md}.
 */
package io.nereid.cli.repl;

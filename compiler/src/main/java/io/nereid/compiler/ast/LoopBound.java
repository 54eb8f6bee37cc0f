package io.nereid.compiler.ast;

/** How long an {@link Iterate} runs: a fixed number of rounds or until a fixpoint. */
public sealed interface LoopBound extends Node permits Times, Fixpoint {
}

package io.nereid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;

/**
 * How a primitive accumulator (a map value or a dense slot) takes a contribution: added, or kept
 * when smaller (larger). {@code MIN} and {@code MAX} fold longs only, from the identity
 * {@code Long.MAX_VALUE} ({@code Long.MIN_VALUE}), so a slot or entry needs no "empty" state.
 */
enum PrimitiveFold {
    ADD, MIN, MAX;

    /** The accumulator's value before any contribution. */
    CodeBlock identity() {
        return switch (this) {
            case ADD -> CodeBlock.of("0");
            case MIN -> CodeBlock.of("Long.MAX_VALUE");
            case MAX -> CodeBlock.of("Long.MIN_VALUE");
        };
    }

    /** The statement that folds {@code value} into the assignable {@code acc}. */
    CodeBlock fold(String acc, CodeBlock value) {
        return switch (this) {
            case ADD -> CodeBlock.of("$L += $L", acc, value);
            case MIN -> CodeBlock.of("$L = Math.min($L, $L)", acc, acc, value);
            case MAX -> CodeBlock.of("$L = Math.max($L, $L)", acc, acc, value);
        };
    }
}

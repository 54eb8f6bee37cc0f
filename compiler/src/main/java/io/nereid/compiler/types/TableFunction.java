package io.nereid.compiler.types;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Built-in functions that return many values per row, the sources of a select-many
 * ({@code from w in split(d.text, " ")}): {@code split(string, string)} yields the pieces,
 * {@code range(long, long)} the integers from the first (inclusive) to the second (exclusive).
 */
public enum TableFunction {
    SPLIT(FunctionSignature.of("split", ScalarKind.STRING, ScalarKind.STRING, ScalarKind.STRING)),
    RANGE(FunctionSignature.of("range", ScalarKind.LONG, ScalarKind.LONG, ScalarKind.LONG));

    private final FunctionSignature signature;

    TableFunction(FunctionSignature signature) {
        this.signature = signature;
    }

    public String nqName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public FunctionSignature signature() {
        return signature;
    }

    /** The type of each produced value, or empty when the arguments do not fit. */
    public Optional<ScalarType> elementType(List<ScalarType> args) {
        if (signature.conversionCost(args) < 0) {
            return Optional.empty();
        }
        return Optional.of(ScalarType.of(signature.result()));
    }

    public static Optional<TableFunction> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.nqName().equals(name)).findFirst();
    }
}

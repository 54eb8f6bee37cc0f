package io.nereid.compiler.physical;

import io.nereid.compiler.plan.expr.Expr;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An input of a stage: the stage whose output it reads, and how records move: pipelined (same
 * worker) when {@code exchangeKeys} is empty, else exchanged by the hash of the key expressions
 * evaluated on the source's records.
 */
public record StageInput(int source, Optional<List<Expr>> exchangeKeys) {
    public StageInput {
        Objects.requireNonNull(exchangeKeys, "exchangeKeys");
        exchangeKeys = exchangeKeys.map(List::copyOf);
    }

    public static StageInput pipeline(int source) {
        return new StageInput(source, Optional.empty());
    }

    public static StageInput exchange(int source, List<Expr> keys) {
        return new StageInput(source, Optional.of(keys));
    }

    public boolean isExchange() {
        return exchangeKeys.isPresent();
    }
}

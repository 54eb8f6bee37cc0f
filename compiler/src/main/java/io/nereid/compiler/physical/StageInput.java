package io.nereid.compiler.physical;

import io.nereid.compiler.plan.expr.Expr;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An input of a stage: the stage (and output port) whose output it reads, and how records move:
 * pipelined (same worker) when {@code exchangeKeys} is empty, else exchanged by the hash of the
 * key expressions evaluated on the source's records; a broadcast copies every batch to every
 * worker (fixpoint votes).
 */
public record StageInput(int source, int port, Optional<List<Expr>> exchangeKeys, boolean broadcast) {
    public StageInput {
        Objects.requireNonNull(exchangeKeys, "exchangeKeys");
        exchangeKeys = exchangeKeys.map(List::copyOf);
    }

    public static StageInput pipeline(int source) {
        return new StageInput(source, 0, Optional.empty(), false);
    }

    public static StageInput port(int source, int port) {
        return new StageInput(source, port, Optional.empty(), false);
    }

    public static StageInput exchange(int source, List<Expr> keys) {
        return new StageInput(source, 0, Optional.of(keys), false);
    }

    public static StageInput broadcast(int source) {
        return new StageInput(source, 0, Optional.empty(), true);
    }

    public boolean isExchange() {
        return exchangeKeys.isPresent() || broadcast;
    }
}

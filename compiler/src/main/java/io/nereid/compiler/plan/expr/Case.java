package io.nereid.compiler.plan.expr;

import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A conditional: the value of the first branch whose condition is true, else {@code otherwise}.
 * {@code if c then a else b} is a case with one branch. All values have the type of the case.
 */
public record Case(List<When> branches, Expr otherwise, ScalarType type) implements Expr {
    /** One branch of a case. */
    public record When(Expr condition, Expr value) {
        public When {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(value, "value");
        }
    }

    public Case {
        branches = List.copyOf(Objects.requireNonNull(branches, "branches"));
        if (branches.isEmpty()) {
            throw new IllegalArgumentException("a case needs at least one branch");
        }
        Objects.requireNonNull(otherwise, "otherwise");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public List<Expr> children() {
        List<Expr> all = new ArrayList<>();
        for (When w : branches) {
            all.add(w.condition());
            all.add(w.value());
        }
        all.add(otherwise);
        return all;
    }

    @Override
    public Expr withChildren(List<Expr> children) {
        List<When> ws = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            ws.add(new When(children.get(2 * i), children.get(2 * i + 1)));
        }
        return new Case(ws, children.get(children.size() - 1), type);
    }
}

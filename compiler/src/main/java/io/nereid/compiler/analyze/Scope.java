package io.nereid.compiler.analyze;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An immutable chain of name bindings; inner bindings hide outer ones. */
final class Scope {
    static final Scope EMPTY = new Scope(null, null);

    private final Scope parent;
    private final Binding binding;

    private Scope(Scope parent, Binding binding) {
        this.parent = parent;
        this.binding = binding;
    }

    Scope with(Binding b) {
        return new Scope(this, b);
    }

    Optional<Binding> lookup(String name) {
        for (Scope s = this; s != null && s.binding != null; s = s.parent) {
            if (s.binding.name().equals(name)) {
                return Optional.of(s.binding);
            }
        }
        return Optional.empty();
    }

    /** The innermost group variable, if the scope is the continuation of a {@code group ... into}. */
    Optional<Binding.GroupVar> group() {
        for (Scope s = this; s != null && s.binding != null; s = s.parent) {
            if (s.binding instanceof Binding.GroupVar g) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** Every visible name, innermost first (for hints). */
    Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        for (Scope s = this; s != null && s.binding != null; s = s.parent) {
            out.add(s.binding.name());
        }
        return out;
    }

    /** The scope without row and group variables (what a sub-query that is not correlated sees). */
    Scope withoutRows() {
        List<Binding> kept = new ArrayList<>();
        for (Scope s = this; s != null && s.binding != null; s = s.parent) {
            if (!(s.binding instanceof Binding.RowVar) && !(s.binding instanceof Binding.GroupVar)
                    && !(s.binding instanceof Binding.ScalarLet let && !io.nereid.compiler.plan.expr.Exprs.isClosed(let.value()))) {
                kept.add(s.binding);
            }
        }
        Scope out = EMPTY;
        for (int i = kept.size() - 1; i >= 0; i--) {
            out = out.with(kept.get(i));
        }
        return out;
    }
}

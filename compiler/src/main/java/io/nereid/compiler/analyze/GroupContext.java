package io.nereid.compiler.analyze;

import io.nereid.compiler.plan.AggregateCall;
import io.nereid.compiler.plan.NamedExpr;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.AggregateFunction;
import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code group element by key into g} defines for the rest of the query: the keys (over the
 * row before grouping), how the elements look ({@link #elementBinding}), and the aggregates the
 * rest of the query asks for, registered as they are met. After the group the row is the keys
 * followed by the aggregates.
 */
final class GroupContext {
    /** A name no program can write, bound while an aggregate's argument is analyzed. */
    static final String INSIDE_AGGREGATE = "#aggregate";

    final Scope before;
    final Binding element;
    final List<NamedExpr> keys;
    final boolean tupleKey;
    /** True when the keys or the element had errors: uses of the group are not reported again. */
    final boolean failed;
    private final List<AggregateCall> aggregates = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    GroupContext(Scope before, Binding element, List<NamedExpr> keys, boolean tupleKey, boolean failed) {
        this.failed = failed;
        this.before = before;
        this.element = element;
        this.keys = List.copyOf(keys);
        this.tupleKey = tupleKey;
        keys.forEach(k -> names.add(k.name()));
    }

    /** The scope in which an aggregate's argument is read: the row before grouping, with {@code name} an element. */
    Scope elementScope(String name) {
        Binding renamed;
        if (element instanceof Binding.RowVar r) {
            renamed = new Binding.RowVar(name, r.offset(), r.type());
        } else if (element instanceof Binding.ScalarLet s) {
            renamed = new Binding.ScalarLet(name, s.value(), s.declared());
        } else if (element instanceof Binding.RecordLet t) {
            renamed = new Binding.RecordLet(name, t.fields());
        } else {
            renamed = new Binding.Poisoned(name);
        }
        return before.with(new Binding.OutOfReach(INSIDE_AGGREGATE, "", null)).with(renamed);
    }

    /** The column (after grouping) of an aggregate, registering it the first time. */
    ColumnRef aggregate(AggregateFunction function, Optional<Expr> argument, ScalarType type) {
        for (int i = 0; i < aggregates.size(); i++) {
            AggregateCall a = aggregates.get(i);
            if (a.function() == function && a.argument().equals(argument)) {
                return new ColumnRef(keys.size() + i, a.name(), a.type());
            }
        }
        String name = function.nqName();
        for (int n = 2; !names.add(name); n++) {
            name = function.nqName() + "_" + n;
        }
        aggregates.add(new AggregateCall(name, function, argument, type));
        return new ColumnRef(keys.size() + aggregates.size() - 1, name, type);
    }

    List<AggregateCall> aggregates() {
        return List.copyOf(aggregates);
    }

    /** The single key column, or key {@code i} of a tuple key. */
    ColumnRef key(int i) {
        NamedExpr k = keys.get(i);
        return new ColumnRef(i, k.name(), k.expr().type());
    }
}

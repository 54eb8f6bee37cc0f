package io.nereid.compiler.analyze;

import io.nereid.compiler.ast.LetDecl;
import io.nereid.compiler.plan.expr.Expr;

/** {@code let name = value}: binds a relation, or a scalar value that is inlined where it is used. */
final class Lets {
    private Lets() {
    }

    static Scope bind(LetDecl let, Scope scope, RelationAnalyzer relations) {
        String name = let.name().name();
        if (RelationAnalyzer.isRelation(let.value(), scope)) {
            Rel rel = relations.relation(let.value(), scope);
            return scope.with(rel == null ? new Binding.Poisoned(name)
                    : new Binding.RelationName(name, rel, let.name().location(), "let"));
        }
        Expr value = relations.scalars.analyze(let.value(), scope);
        return scope.with(value == null ? new Binding.Poisoned(name) : new Binding.ScalarLet(name, value, let.location()));
    }
}

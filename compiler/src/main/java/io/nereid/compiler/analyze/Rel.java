package io.nereid.compiler.analyze;

import io.nereid.compiler.plan.Plan;
import io.nereid.compiler.types.RelationType;
import java.util.Objects;

/** An analyzed relation: its plan and its type (records, or bare values). */
record Rel(Plan plan, RelationType type) {
    Rel {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(type, "type");
    }

    static Rel of(Plan plan, boolean scalar) {
        return new Rel(plan, new RelationType(plan.schema(), scalar));
    }
}

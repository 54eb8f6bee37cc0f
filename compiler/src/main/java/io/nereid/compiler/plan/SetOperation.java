package io.nereid.compiler.plan;

import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.Schema;
import io.nereid.compiler.types.TypeRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Concat, union, intersect or except of two relations with the same field names and compatible
 * types; the output takes the left names and the common types.
 */
public record SetOperation(SetOpKind kind, Plan left, Plan right) implements Plan {
    public SetOperation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (left.schema().size() != right.schema().size()) {
            throw new IllegalArgumentException("set operation over different arities: " + left.schema()
                    + " vs " + right.schema());
        }
    }

    @Override
    public Schema schema() {
        Schema l = left.schema();
        Schema r = right.schema();
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            Field lf = l.field(i);
            fields.add(new Field(lf.name(), TypeRules.commonType(lf.type(), r.type(i)).orElse(lf.type())));
        }
        return new Schema(fields);
    }

    @Override
    public List<Plan> inputs() {
        return List.of(left, right);
    }

    @Override
    public Plan withInputs(List<Plan> inputs) {
        return new SetOperation(kind, inputs.get(0), inputs.get(1));
    }
}

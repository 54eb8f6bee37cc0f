package io.nereid.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.plan.expr.Literal;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Threshold per time (the Threshold vertex of the Naiad framework post): a count per distinct row
 * of the time (a primitive {@code long -> long} map for one integral column, else keyed by the
 * row's value or a key record); a row runs through the chain in {@code onRecv} the moment its
 * count reaches n, so each qualifying row goes out once, as early as possible. The counts of a
 * time are dropped when it completes. A count read from params is a final field set when the
 * vertex is built.
 */
final class ThresholdCode extends RowGateCode {
    private final Entry.Threshold threshold;

    ThresholdCode(StageGenerator g, Entry.Threshold threshold) {
        super(g);
        this.threshold = threshold;
    }

    @Override
    String stateDoc() {
        return "How often each row was seen at one time.\n";
    }

    @Override
    FieldSpec stateField(KeyCode key) {
        return FieldSpec.builder(key.longMap(), "counts", Modifier.FINAL).initializer("new $T()", key.longMap()).build();
    }

    @Override
    void addFields(MethodSpec.Builder ctor) {
        if (threshold.count() instanceof Literal) {
            g.type.addField(FieldSpec.builder(long.class, "THRESHOLD", Modifier.STATIC, Modifier.FINAL)
                    .initializer("$L", g.exprs.generate(threshold.count(), List.of())).build());
        } else { // computed from params when the vertex is built
            g.type.addField(FieldSpec.builder(long.class, "threshold", Modifier.PRIVATE, Modifier.FINAL).build());
            ctor.addStatement("this.threshold = $L", g.exprs.generate(threshold.count(), List.of()));
        }
    }

    @Override
    CodeBlock update(CodeBlock key) {
        return CodeBlock.of("s.counts.addToValue($L, 1L) == $L", key,
                threshold.count() instanceof Literal ? "THRESHOLD" : "threshold");
    }
}

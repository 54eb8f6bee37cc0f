package io.nereid.compiler.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypeRulesTest {
    private static final ScalarType LONG_OR_NULL = ScalarType.LONG.asNullable();

    @Test
    void arithmeticPromotesToTheWiderNumberAndKeepsNullability() {
        assertThat(TypeRules.promote(ScalarType.INT, ScalarType.LONG)).contains(ScalarType.LONG);
        assertThat(TypeRules.promote(ScalarType.LONG, ScalarType.DOUBLE)).contains(ScalarType.DOUBLE);
        assertThat(TypeRules.promote(LONG_OR_NULL, ScalarType.INT)).contains(LONG_OR_NULL);
        assertThat(TypeRules.promote(ScalarType.STRING, ScalarType.INT)).isEmpty();
    }

    @Test
    void commonTypeOfBranches() {
        assertThat(TypeRules.commonType(ScalarType.INT, ScalarType.DOUBLE)).contains(ScalarType.DOUBLE);
        assertThat(TypeRules.commonType(ScalarType.NULL, ScalarType.STRING)).contains(ScalarType.STRING.asNullable());
        assertThat(TypeRules.commonType(ScalarType.DATE, ScalarType.STRING)).isEmpty();
    }

    @Test
    void assignabilityWidensButNeverDropsNull() {
        assertThat(TypeRules.isAssignable(ScalarType.INT, ScalarType.LONG)).isTrue();
        assertThat(TypeRules.isAssignable(ScalarType.LONG, ScalarType.INT)).isFalse();
        assertThat(TypeRules.isAssignable(ScalarType.LONG, LONG_OR_NULL)).isTrue();
        assertThat(TypeRules.isAssignable(LONG_OR_NULL, ScalarType.LONG)).isFalse();
        assertThat(TypeRules.isAssignable(ScalarType.NULL, ScalarType.DATE)).isFalse();
    }

    @Test
    void castsExistBetweenNumbersAndThroughStringsOnly() {
        assertThat(TypeRules.isCastable(ScalarKind.DOUBLE, ScalarKind.INT)).isTrue();
        assertThat(TypeRules.isCastable(ScalarKind.STRING, ScalarKind.DATE)).isTrue();
        assertThat(TypeRules.isCastable(ScalarKind.BOOL, ScalarKind.DATE)).isFalse();
        assertThat(TypeRules.isCastable(ScalarKind.DATE, ScalarKind.STRING)).isTrue();
    }

    @Test
    void builtinOverloadsResolveWithWidening() {
        assertThat(BuiltinFunction.ABS.resultType(List.of(ScalarType.INT))).contains(ScalarType.INT);
        assertThat(BuiltinFunction.SQRT.resultType(List.of(ScalarType.LONG))).contains(ScalarType.DOUBLE);
        assertThat(BuiltinFunction.SQRT.parameterKinds(List.of(ScalarType.LONG))).contains(List.of(ScalarKind.DOUBLE));
        assertThat(BuiltinFunction.SUBSTRING.resultType(List.of(ScalarType.STRING, ScalarType.INT))).contains(ScalarType.STRING);
        assertThat(BuiltinFunction.SUBSTRING.resultType(List.of(ScalarType.STRING, ScalarType.STRING))).isEmpty();
        assertThat(BuiltinFunction.LOWER.resultType(List.of(ScalarType.STRING.asNullable())))
                .contains(ScalarType.STRING.asNullable());
        assertThat(BuiltinFunction.byName("starts_with")).contains(BuiltinFunction.STARTS_WITH);
    }

    @Test
    void coalesceIsNonNullAsSoonAsOneArgumentIs() {
        assertThat(BuiltinFunction.COALESCE.resultType(List.of(ScalarType.DOUBLE.asNullable(), ScalarType.INT)))
                .contains(ScalarType.DOUBLE);
        assertThat(BuiltinFunction.COALESCE.resultType(List.of(LONG_OR_NULL, LONG_OR_NULL))).contains(LONG_OR_NULL);
        assertThat(BuiltinFunction.COALESCE.resultType(List.of(ScalarType.LONG, ScalarType.STRING))).isEmpty();
    }

    @Test
    void aggregateResultTypes() {
        assertThat(AggregateFunction.COUNT.resultType(ScalarType.STRING)).contains(ScalarType.LONG);
        assertThat(AggregateFunction.SUM.resultType(ScalarType.INT)).contains(ScalarType.LONG);
        assertThat(AggregateFunction.SUM.resultType(ScalarType.DOUBLE)).contains(ScalarType.DOUBLE);
        assertThat(AggregateFunction.AVG.resultType(ScalarType.LONG)).contains(ScalarType.DOUBLE);
        assertThat(AggregateFunction.MIN.resultType(ScalarType.DATE)).contains(ScalarType.DATE);
        assertThat(AggregateFunction.SUM.resultType(ScalarType.STRING)).isEqualTo(Optional.empty());
    }

    @Test
    void schemasPrintAndConcatenate() {
        Schema edges = Schema.of(new Field("src", ScalarType.LONG), new Field("dst", ScalarType.LONG));
        assertThat(edges.concat(edges.asNullable()).toString()).isEqualTo("(src: long, dst: long, src: long?, dst: long?)");
        assertThat(edges.indexOf("dst")).hasValue(1);
        assertThat(RelationType.ofValues(ScalarType.STRING).toString()).isEqualTo("relation<string>");
        assertThat(edges.isAssignableTo(edges.asNullable())).isTrue();
        assertThat(edges.asNullable().isAssignableTo(edges)).isFalse();
    }
}

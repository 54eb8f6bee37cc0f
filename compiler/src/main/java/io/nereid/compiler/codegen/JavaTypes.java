package io.nereid.compiler.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import java.util.List;

/**
 * How NQ values are represented in generated code: {@code bool int long double} as Java
 * primitives, {@code string} as String, {@code date} as an int of days since 1970-01-01.
 */
final class JavaTypes {
    private JavaTypes() {
    }

    static TypeName of(ScalarType t) {
        return switch (t.kind()) {
            case BOOL -> TypeName.BOOLEAN;
            case INT, DATE -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case DOUBLE -> TypeName.DOUBLE;
            case STRING -> ClassName.get(String.class);
            case NULL -> throw new IllegalArgumentException("no Java type for the null type");
        };
    }

    static ArrayTypeName arrayOf(ScalarType t) {
        return ArrayTypeName.of(of(t));
    }

    /** True when the type is a Java primitive that fits in a long key without loss (int, long, date, bool). */
    static boolean isLongKey(ScalarType t) {
        ScalarKind k = t.kind();
        return k == ScalarKind.INT || k == ScalarKind.LONG || k == ScalarKind.DATE;
    }

    /** The hash of a value, as a long, consistent across the record types that carry it. */
    static CodeBlock hash(ScalarType t, CodeBlock v) {
        return switch (t.kind()) {
            case BOOL -> CodeBlock.of("($L ? 1L : 0L)", v);
            case INT, LONG, DATE -> CodeBlock.of("(long) $L", v);
            case DOUBLE -> CodeBlock.of("$T.mix($L)", RuntimeNames.HASHING, v);
            case STRING -> CodeBlock.of("(long) $L.hashCode()", v);
            case NULL -> throw new IllegalArgumentException("null type");
        };
    }

    /** The combined hash of several values (a constant for none). */
    static CodeBlock hash(List<ScalarType> types, List<CodeBlock> values) {
        if (types.isEmpty()) {
            return CodeBlock.of("0L");
        }
        CodeBlock h = hash(types.get(0), values.get(0));
        for (int i = 1; i < types.size(); i++) {
            h = CodeBlock.of("$T.combine($L, $L)", RuntimeNames.HASHING, h, hash(types.get(i), values.get(i)));
        }
        return h;
    }

    /** The boxed value of a column for result rows ({@code Object[]}). */
    static CodeBlock boxed(ScalarType t, CodeBlock v) {
        return v;
    }
}

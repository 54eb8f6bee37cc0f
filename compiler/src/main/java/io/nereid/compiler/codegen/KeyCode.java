package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * How a stateful stage keys its state: keys that fit a {@code long} (none, or one int, long or
 * date column) use Eclipse Collections primitive maps; others use object maps keyed by the
 * value itself (one string) or by a generated {@code Key} record (composite keys).
 */
final class KeyCode {
    private final List<ScalarType> types;
    private final boolean primitive;
    private final ClassName keyRecord;

    /** Keys of {@code types}; {@code recordName} names the key record if one is needed. */
    KeyCode(ClassName recordName, List<ScalarType> types) {
        this.types = List.copyOf(types);
        this.primitive = types.isEmpty() || (types.size() == 1 && JavaTypes.isLongKey(types.get(0)));
        this.keyRecord = !primitive && types.size() > 1 ? recordName : null;
    }

    boolean isPrimitive() {
        return primitive;
    }

    /** The Java type of a key value: long, the boxed single value, or the key record. */
    TypeName keyType() {
        if (primitive) {
            return TypeName.LONG;
        }
        return keyRecord != null ? keyRecord : JavaTypes.of(types.get(0)).box();
    }

    /** The key value of a row, from the key expressions' code. */
    CodeBlock key(List<CodeBlock> values) {
        if (types.isEmpty()) {
            return CodeBlock.of("0L");
        }
        if (primitive) {
            return CodeBlock.of("(long) $L", values.get(0));
        }
        if (keyRecord == null) {
            return values.get(0);
        }
        return CodeBlock.of("new $T($L)", keyRecord, CodeBlock.join(values, ", "));
    }

    /** The map from key to {@code value}: a primitive map or a HashMap. */
    TypeName mapOf(TypeName value) {
        return primitive ? ParameterizedTypeName.get(RuntimeNames.LONG_OBJECT_MAP, value)
                : ParameterizedTypeName.get(ClassName.get(java.util.HashMap.class), keyType(), value);
    }

    /** The map from key to an int (a row index): a primitive map or an ObjectIntHashMap. */
    TypeName intMap() {
        return primitive ? RuntimeNames.LONG_INT_MAP : ParameterizedTypeName.get(RuntimeNames.OBJECT_INT_MAP, keyType());
    }

    /** The map from key to a long (a packed row range): a primitive map or an ObjectLongHashMap. */
    TypeName longMap() {
        return primitive ? RuntimeNames.LONG_LONG_MAP : ParameterizedTypeName.get(RuntimeNames.OBJECT_LONG_MAP, keyType());
    }

    /** A set of keys: {@code LongKeyedSlots} (a bit per key for compact keys) or a HashSet. */
    TypeName set() {
        return primitive ? RuntimeNames.LONG_KEYED_SLOTS
                : ParameterizedTypeName.get(ClassName.get(java.util.HashSet.class), keyType());
    }

    /** A new, empty {@link #set}. */
    CodeBlock newSet() {
        return primitive ? CodeBlock.of("$T.set()", RuntimeNames.LONG_KEYED_SLOTS) : CodeBlock.of("new $T()", set());
    }

    /** The key record to nest in the stage class, when keys are composite. */
    Optional<TypeSpec> keyRecordSpec() {
        if (keyRecord == null) {
            return Optional.empty();
        }
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
        for (int i = 0; i < types.size(); i++) {
            ctor.addParameter(ParameterSpec.builder(JavaTypes.of(types.get(i)), "k" + i).build());
        }
        return Optional.of(TypeSpec.recordBuilder(keyRecord.simpleName()).addModifiers(Modifier.STATIC)
                .recordConstructor(ctor.build()).build());
    }
}

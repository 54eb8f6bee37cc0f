package io.nereid.compiler.analyze;

import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import io.nereid.compiler.types.Schema;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a custom vertex class declares, read by reflection and by name (the compiler does not
 * depend on the operators module): that it implements {@value #INTERFACE}, and its {@value
 * #ANNOTATION} (output fields, required input fields, partitioning fields).
 */
record VertexAnnotation(String output, String input, List<String> partitionBy) {
    static final String INTERFACE = "io.nereid.operators.custom.CustomVertex";
    static final String ANNOTATION = "io.nereid.operators.custom.NqVertex";

    /** True when {@code type} implements {@value #INTERFACE}, directly or through a superclass or interface. */
    static boolean implementsApi(Class<?> type) {
        if (type == null) {
            return false;
        }
        if (type.getName().equals(INTERFACE)) {
            return true;
        }
        for (Class<?> i : type.getInterfaces()) {
            if (implementsApi(i)) {
                return true;
            }
        }
        return implementsApi(type.getSuperclass());
    }

    /** True for a public, concrete class. */
    static boolean instantiable(Class<?> type) {
        int m = type.getModifiers();
        return Modifier.isPublic(m) && !Modifier.isAbstract(m) && !type.isInterface()
                && (type.getEnclosingClass() == null || Modifier.isStatic(m));
    }

    /** The annotation's values, empty when the class has none. */
    static Optional<VertexAnnotation> of(Class<?> type) {
        for (Annotation a : type.getAnnotations()) {
            if (a.annotationType().getName().equals(ANNOTATION)) {
                return Optional.of(new VertexAnnotation((String) value(a, "output"), (String) value(a, "input"),
                        Arrays.asList((String[]) value(a, "partitionBy"))));
            }
        }
        return Optional.empty();
    }

    private static Object value(Annotation a, String name) {
        try {
            Method m = a.annotationType().getMethod(name);
            return m.invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + a, e);
        }
    }

    /**
     * Parses {@code "user: string, n: long"} into a schema; throws IllegalArgumentException with a
     * message that says what is wrong.
     */
    static Schema parseFields(String text) {
        List<Field> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String part : text.split(",", -1)) {
            String[] nameType = part.split(":", -1);
            if (nameType.length != 2) {
                throw new IllegalArgumentException("`" + part.strip() + "` is not `name: type`");
            }
            String name = nameType[0].strip();
            String type = nameType[1].strip().toLowerCase(Locale.ROOT);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("`" + name + "` is not a field name");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("field `" + name + "` appears twice");
            }
            ScalarKind kind = Arrays.stream(ScalarKind.values()).filter(k -> k != ScalarKind.NULL
                    && k.nqName().equals(type)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                    "`" + type + "` is not a type (bool, int, long, double, string, date)"));
            fields.add(new Field(name, new ScalarType(kind, false)));
        }
        return new Schema(fields);
    }
}

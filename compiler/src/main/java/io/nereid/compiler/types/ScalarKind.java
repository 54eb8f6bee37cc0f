package io.nereid.compiler.types;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The kinds of scalar values of NQ: {@code bool int long double string date}, plus {@code NULL},
 * the kind of the {@code null} literal, which converts to every nullable type.
 */
public enum ScalarKind {
    BOOL("bool", boolean.class, Boolean.class),
    INT("int", int.class, Integer.class),
    LONG("long", long.class, Long.class),
    DOUBLE("double", double.class, Double.class),
    STRING("string", String.class, String.class),
    DATE("date", LocalDate.class, LocalDate.class),
    NULL("null", Object.class, Object.class);

    private final String nqName;
    private final Class<?> javaClass;
    private final Class<?> boxedClass;

    ScalarKind(String nqName, Class<?> javaClass, Class<?> boxedClass) {
        this.nqName = nqName;
        this.javaClass = javaClass;
        this.boxedClass = boxedClass;
    }

    /** The keyword that names this kind in NQ source. */
    public String nqName() {
        return nqName;
    }

    /** The Java type a non-null value of this kind has in generated code ({@code long}, {@code String}...). */
    public Class<?> javaClass() {
        return javaClass;
    }

    /** The Java type of a nullable value of this kind ({@code Long}, {@code String}...). */
    public Class<?> boxedClass() {
        return boxedClass;
    }

    /** True for {@code int}, {@code long} and {@code double}. */
    public boolean isNumeric() {
        return this == INT || this == LONG || this == DOUBLE;
    }

    /** True for the integral kinds {@code int} and {@code long}. */
    public boolean isIntegral() {
        return this == INT || this == LONG;
    }

    /** True when values of this kind have a total order usable by {@code <}, {@code min}, {@code orderby}. */
    public boolean isOrderable() {
        return this != NULL;
    }

    /** The kind named by an NQ type keyword, if any. */
    public static Optional<ScalarKind> fromNqName(String name) {
        for (ScalarKind kind : values()) {
            if (kind != NULL && kind.nqName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind that represents a Java parameter or return type, if NQ can pass it. */
    public static Optional<ScalarKind> fromJavaClass(Class<?> type) {
        for (ScalarKind kind : values()) {
            if (kind != NULL && (kind.javaClass == type || kind.boxedClass == type)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

package io.nereid.compiler.types;

import java.util.Objects;

/**
 * The type of a relation (a bag of rows). When {@code scalar} is true the elements are bare
 * values (the words of {@code split(...)}, the result of {@code select e.src}) carried in a
 * single-field schema; a range variable over such a relation denotes the value itself.
 * Printed as {@code relation(src: long, dst: long)} or {@code relation<long>}.
 */
public record RelationType(Schema schema, boolean scalar) {
    /** The field name of the single column of a relation of bare values. */
    public static final String VALUE_FIELD = "value";

    public RelationType {
        Objects.requireNonNull(schema, "schema");
        if (scalar && schema.size() != 1) {
            throw new IllegalArgumentException("a relation of bare values has exactly one column: " + schema);
        }
    }

    /** A relation of records. */
    public static RelationType ofRecords(Schema schema) {
        return new RelationType(schema, false);
    }

    /** A relation of bare values of one type. */
    public static RelationType ofValues(ScalarType element) {
        return new RelationType(Schema.of(new Field(VALUE_FIELD, element)), true);
    }

    /** The element type of a relation of bare values. */
    public ScalarType elementType() {
        if (!scalar) {
            throw new IllegalStateException("not a relation of bare values: " + this);
        }
        return schema.type(0);
    }

    @Override
    public String toString() {
        return scalar ? "relation<" + schema.type(0) + ">" : "relation" + schema;
    }
}

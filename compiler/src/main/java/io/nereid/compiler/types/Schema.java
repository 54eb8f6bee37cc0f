package io.nereid.compiler.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The record type of the rows of a relation: an ordered list of named fields. Relations the user
 * names have distinct field names; the intermediate rows of a join may repeat a name (the two
 * sides' {@code node}), which is why plan expressions address columns by index.
 * Printed as {@code (src: long, dst: long)}.
 */
public record Schema(List<Field> fields) {
    public static final Schema EMPTY = new Schema(List.of());

    public Schema {
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }

    public static Schema of(Field... fields) {
        return new Schema(List.of(fields));
    }

    public int size() {
        return fields.size();
    }

    public Field field(int index) {
        return fields.get(index);
    }

    public ScalarType type(int index) {
        return fields.get(index).type();
    }

    /** The index of the first field with that name. */
    public OptionalInt indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /** The fields of this schema followed by those of {@code other} (the row of a join). */
    public Schema concat(Schema other) {
        List<Field> all = new ArrayList<>(fields);
        all.addAll(other.fields);
        return new Schema(all);
    }

    /** This schema with every field nullable (the inner side of a left outer join). */
    public Schema asNullable() {
        return new Schema(fields.stream().map(Field::asNullable).toList());
    }

    /** The fields {@code from} (inclusive) to {@code to} (exclusive). */
    public Schema slice(int from, int to) {
        return new Schema(fields.subList(from, to));
    }

    /**
     * True when rows of this schema can be used where rows of {@code target} are expected: same
     * number of fields, same names in the same order, each type assignable.
     */
    public boolean isAssignableTo(Schema target) {
        if (fields.size() != target.fields.size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            Field mine = fields.get(i);
            Field theirs = target.fields.get(i);
            if (!mine.name().equals(theirs.name()) || !TypeRules.isAssignable(mine.type(), theirs.type())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return fields.stream().map(Field::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}

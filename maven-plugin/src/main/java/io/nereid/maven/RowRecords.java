package io.nereid.maven;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.codegen.RuntimeNames;
import io.nereid.compiler.types.Field;
import io.nereid.compiler.types.ScalarKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The typed rows of a program's public class: a record per relation, a {@code RowReader} that
 * feeds input records to the dataflow without boxing, and the conversion of an output's result
 * table ({@code Object[]} rows; dates as days) into records.
 */
final class RowRecords {
    private static final List<String> OBJECT_METHODS =
            List.of("hashCode", "toString", "equals", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private RowRecords() {
    }

    /** The name of a field's record component: the NQ name, made a legal and free Java name. */
    static String component(Field f) {
        String id = ProgramNames.identifier(f.name());
        return OBJECT_METHODS.contains(id) ? id + "_" : id;
    }

    static TypeSpec record(ClassName row, List<Field> fields, String doc) {
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
        for (Field f : fields) {
            ctor.addParameter(ApiGenerator.javaType(f.type()), component(f));
        }
        return TypeSpec.recordBuilder(row).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("$L\n", doc).recordConstructor(ctor.build()).build();
    }

    /** A reader over an iterator of {@code row} records, one getter per column kind. */
    static TypeSpec reader(ClassName row, ClassName reader, List<Field> fields) {
        TypeSpec.Builder t = TypeSpec.classBuilder(reader).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(RuntimeNames.ROW_READER)
                .addJavadoc("Feeds {@link $T} records to the dataflow.\n", row)
                .addField(ParameterizedTypeName.get(ClassName.get(Iterator.class), row), "rows", Modifier.PRIVATE,
                        Modifier.FINAL)
                .addField(FieldSpec.builder(row, "row", Modifier.PRIVATE).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Iterator.class), row), "rows")
                        .addStatement("this.rows = rows").build())
                .addMethod(MethodSpec.methodBuilder("next").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .beginControlFlow("if (!rows.hasNext())").addStatement("return false").endControlFlow()
                        .addStatement("row = $T.requireNonNull(rows.next(), $S)", java.util.Objects.class,
                                "a null row in input " + row.simpleName())
                        .addStatement("return true").build())
                .addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                        .build());
        getter(t, fields, ScalarKind.BOOL, "getBool", TypeName.BOOLEAN);
        getter(t, fields, ScalarKind.INT, "getInt", TypeName.INT);
        getter(t, fields, ScalarKind.LONG, "getLong", TypeName.LONG);
        getter(t, fields, ScalarKind.DOUBLE, "getDouble", TypeName.DOUBLE);
        getter(t, fields, ScalarKind.STRING, "getString", ClassName.get(String.class));
        getter(t, fields, ScalarKind.DATE, "getDate", TypeName.INT);
        return t.build();
    }

    private static void getter(TypeSpec.Builder t, List<Field> fields, ScalarKind kind, String name, TypeName returns) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(returns).addParameter(int.class, "column");
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).type().kind() == kind) {
                columns.add(i);
            }
        }
        if (!columns.isEmpty()) {
            m.beginControlFlow("switch (column)");
            for (int i : columns) {
                m.addStatement(kind == ScalarKind.DATE ? "case $L: return (int) row.$L().toEpochDay()"
                        : "case $L: return row.$L()", i, component(fields.get(i)));
            }
            m.addStatement("default: break");
            m.endControlFlow();
        }
        m.addStatement("throw new $T($S + column)", IllegalArgumentException.class, "no " + kind.nqName() + " column ");
        t.addMethod(m.build());
    }

    /** {@code List<Row> name(ResultTable t)}: the table's rows as records. */
    static MethodSpec converter(String name, ClassName row, List<Field> fields) {
        List<CodeBlock> values = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            TypeName box = ApiGenerator.javaType(f.type()).box();
            if (f.type().kind() == ScalarKind.DATE) {
                values.add(CodeBlock.of("r[$L] == null ? null : $T.ofEpochDay((Integer) r[$L])", i, LocalDate.class, i));
            } else {
                values.add(CodeBlock.of("($T) r[$L]", box, i));
            }
        }
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), row))
                .addParameter(ApiGenerator.RESULT_TABLE, "t")
                .addStatement("$T<$T> rows = new $T<>(t.rows().size())", List.class, row, ArrayList.class)
                .beginControlFlow("for (Object[] r : t.rows())")
                .addStatement("rows.add(new $T($L))", row, CodeBlock.join(values, ", "))
                .endControlFlow()
                .addStatement("return $T.unmodifiableList(rows)", Collections.class).build();
    }
}

package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.RecordType;
import io.nereid.compiler.types.ScalarKind;
import io.nereid.compiler.types.ScalarType;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The adapter between a stage and a user's {@code CustomVertex}: the vertex is built once per
 * worker with its constant arguments; {@code InRows} shows an input batch through the typed
 * getters of {@code Rows} (a switch on the column, no copy); {@code Out} implements {@code
 * Emitter} with one typed slot per output column and appends finished rows to the output batch,
 * sent every {@value StageGenerator#FLUSH} rows and at the end of each callback.
 */
final class CustomVertexCode extends EntryCode {
    private final Entry.Custom custom;

    CustomVertexCode(StageGenerator g, Entry.Custom custom) {
        super(g);
        this.custom = custom;
    }

    @Override
    void generate(MethodSpec.Builder ctor) {
        RecordType in = g.inputType(0);
        RecordType out = g.stage.output().orElseThrow();
        ClassName user = ClassName.bestGuess(custom.className());
        ClassName rows = g.self.nestedClass("InRows");
        ClassName emitter = g.self.nestedClass("Out");
        g.type.addField(schema("INPUT", custom.inputNames(), in));
        g.type.addField(schema("OUTPUT", custom.outputNames(), out));
        g.type.addField(FieldSpec.builder(RuntimeNames.VERTEX_CONTEXT, "context", Modifier.PRIVATE, Modifier.FINAL).build());
        g.type.addField(FieldSpec.builder(user, "user", Modifier.PRIVATE, Modifier.FINAL).build());
        g.type.addField(FieldSpec.builder(rows, "rows", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T()", rows).build());
        g.type.addField(FieldSpec.builder(emitter, "emitter", Modifier.PRIVATE, Modifier.FINAL).build());
        CodeBlock args = custom.arguments().stream().map(ExprGenerator::literal).collect(CodeBlock.joining(", "));
        ctor.addStatement("this.context = ctx");
        ctor.addStatement("this.emitter = new $T()", emitter);
        ctor.addStatement("this.user = new $T($L)", user, args);
        ctor.addStatement("this.user.open($L)", contextImpl());
        g.type.addType(rowsClass(rows, in));
        g.type.addType(emitterClass(emitter, rows, in, out));
        g.type.addMethod(onRecv()
                .addStatement("rows.b = ($T) batch", g.batch(in))
                .addStatement("emitter.time = time")
                .beginControlFlow("try")
                .addStatement("user.onRecv(time, rows, emitter)")
                .nextControlFlow("finally")
                .addStatement("rows.b = null")
                .endControlFlow()
                .addStatement("emitter.flush()")
                .build());
        g.addNotify(CodeBlock.builder().addStatement("emitter.time = time").addStatement("user.onNotify(time, emitter)")
                .addStatement("emitter.flush()").build());
    }

    private static FieldSpec schema(String name, List<String> names, RecordType t) {
        CodeBlock.Builder cols = CodeBlock.builder();
        for (int i = 0; i < t.size(); i++) {
            cols.add(i == 0 ? "" : ", ").add("new $T($S, $T.$L)", RuntimeNames.COLUMN, names.get(i),
                    RuntimeNames.COLUMN_KIND, t.column(i).kind().name());
        }
        CodeBlock columns = cols.build();
        return FieldSpec.builder(RuntimeNames.CUSTOM_ROW_SCHEMA, name, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($T.of($L))", RuntimeNames.CUSTOM_ROW_SCHEMA, List.class, columns).build();
    }

    private static TypeSpec contextImpl() {
        TypeName ts = RuntimeNames.TIMESTAMP;
        return TypeSpec.anonymousClassBuilder("").addSuperinterface(RuntimeNames.CUSTOM_CONTEXT)
                .addMethod(method("worker", TypeName.INT).addStatement("return context.worker()").build())
                .addMethod(method("workers", TypeName.INT).addStatement("return context.workers()").build())
                .addMethod(method("input", RuntimeNames.CUSTOM_ROW_SCHEMA).addStatement("return INPUT").build())
                .addMethod(method("output", RuntimeNames.CUSTOM_ROW_SCHEMA).addStatement("return OUTPUT").build())
                .addMethod(method("notifyAt", TypeName.VOID).addParameter(ts, "time")
                        .addStatement("context.notifyAt(time)").build())
                .build();
    }

    private static MethodSpec.Builder method(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }

    /** {@code InRows}: typed getters over the current input batch, by column. */
    private TypeSpec rowsClass(ClassName self, RecordType in) {
        TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(RuntimeNames.CUSTOM_ROWS)
                .addJavadoc("The input batch of the current callback, seen through typed getters.\n")
                .addField(g.batch(in), "b");
        t.addMethod(method("size", TypeName.INT).addStatement("return b.size").build());
        t.addMethod(getter("getLong", TypeName.LONG, in, Set.of(ScalarKind.LONG, ScalarKind.INT)));
        t.addMethod(getter("getInt", TypeName.INT, in, Set.of(ScalarKind.INT, ScalarKind.DATE)));
        t.addMethod(getter("getDouble", TypeName.DOUBLE, in, Set.of(ScalarKind.DOUBLE, ScalarKind.LONG, ScalarKind.INT)));
        t.addMethod(getter("getBool", TypeName.BOOLEAN, in, Set.of(ScalarKind.BOOL)));
        t.addMethod(getter("getString", ClassName.get(String.class), in, Set.of(ScalarKind.STRING)));
        MethodSpec.Builder isNull = method("isNull", TypeName.BOOLEAN).addParameter(int.class, "row")
                .addParameter(int.class, "column").beginControlFlow("switch (column)");
        MethodSpec.Builder get = method("get", ClassName.OBJECT).addParameter(int.class, "row")
                .addParameter(int.class, "column").beginControlFlow("switch (column)");
        for (int c = 0; c < in.size(); c++) {
            ScalarType type = in.column(c);
            isNull.addStatement("case $L: return $L", c, type.nullable() ? CodeBlock.of("b.n$L[row]", c) : "false");
            CodeBlock v = type.kind() == ScalarKind.DATE
                    ? CodeBlock.of("$T.ofEpochDay(b.c$L[row])", java.time.LocalDate.class, c) : CodeBlock.of("b.c$L[row]", c);
            CodeBlock boxed = CodeBlock.of("($T) $L", ClassName.OBJECT, v);
            get.addStatement("case $L: return $L", c,
                    type.nullable() ? CodeBlock.of("b.n$L[row] ? null : $L", c, boxed) : boxed);
        }
        isNull.addStatement("default: throw new $T(\"no column \" + column + \" in \" + INPUT)",
                IndexOutOfBoundsException.class).endControlFlow();
        get.addStatement("default: throw new $T(\"no column \" + column + \" in \" + INPUT)",
                IndexOutOfBoundsException.class).endControlFlow();
        t.addMethod(isNull.build());
        t.addMethod(get.build());
        t.addMethod(MethodSpec.methodBuilder("wrong").addModifiers(Modifier.STATIC).returns(RuntimeException.class)
                .addParameter(int.class, "column").addParameter(String.class, "getter")
                .beginControlFlow("if (column < 0 || column >= INPUT.size())")
                .addStatement("return new $T(\"no column \" + column + \" in \" + INPUT)", IndexOutOfBoundsException.class)
                .endControlFlow()
                .addStatement("return new $T(\"column \" + column + \" (\" + INPUT.column(column).name() + \": \""
                        + " + INPUT.column(column).kind().nqName() + \") cannot be read with \" + getter)",
                        IllegalArgumentException.class)
                .build());
        return t.build();
    }

    private static MethodSpec getter(String name, TypeName returns, RecordType in, Set<ScalarKind> kinds) {
        MethodSpec.Builder m = method(name, returns).addParameter(int.class, "row").addParameter(int.class, "column")
                .beginControlFlow("switch (column)");
        for (int c = 0; c < in.size(); c++) {
            if (kinds.contains(in.column(c).kind())) {
                m.addStatement("case $L: return b.c$L[row]", c, c);
            }
        }
        return m.addStatement("default: throw wrong(column, $S)", name).endControlFlow().build();
    }

    /** {@code Out}: one typed slot per output column, a bit per column set, rows appended to the batch. */
    private TypeSpec emitterClass(ClassName self, ClassName rows, RecordType in, RecordType out) {
        ClassName batch = g.batch(out);
        TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.FINAL)
                .addSuperinterface(RuntimeNames.CUSTOM_EMITTER)
                .addJavadoc("Builds output rows column by column and sends them in batches at the callback's time.\n")
                .addField(RuntimeNames.TIMESTAMP, "time")
                .addField(batch, "o")
                .addField(long.class, "set");
        long all = out.size() == 0 ? 0 : (out.size() == 64 ? -1L : (1L << out.size()) - 1);
        t.addField(FieldSpec.builder(long.class, "ALL", Modifier.STATIC, Modifier.FINAL).initializer("$LL", all).build());
        for (int c = 0; c < out.size(); c++) {
            t.addField(JavaTypes.of(out.column(c)), "v" + c);
        }
        t.addMethod(method("time", RuntimeNames.TIMESTAMP).addStatement("return time").build());
        t.addMethod(setter(self, "setLong", TypeName.LONG, out, Set.of(ScalarKind.LONG, ScalarKind.DOUBLE)));
        t.addMethod(setter(self, "setInt", TypeName.INT, out,
                Set.of(ScalarKind.INT, ScalarKind.DATE, ScalarKind.LONG, ScalarKind.DOUBLE)));
        t.addMethod(setter(self, "setDouble", TypeName.DOUBLE, out, Set.of(ScalarKind.DOUBLE)));
        t.addMethod(setter(self, "setBool", TypeName.BOOLEAN, out, Set.of(ScalarKind.BOOL)));
        t.addMethod(setter(self, "setString", ClassName.get(String.class), out, Set.of(ScalarKind.STRING)));
        CodeBlock.Builder values = CodeBlock.builder();
        for (int c = 0; c < out.size(); c++) {
            values.add(c == 0 ? "v$L" : ", v$L", c);
        }
        t.addMethod(method("emit", TypeName.VOID)
                .beginControlFlow("if (set != ALL)")
                .addStatement("throw new $T(\"set every column before emit(): column \" + Long.numberOfTrailingZeros(~set)"
                        + " + \" (\" + OUTPUT.column(Long.numberOfTrailingZeros(~set)).name() + \") is not set\")",
                        IllegalStateException.class)
                .endControlFlow()
                .addStatement("append()")
                .addStatement("o.add($L)", values.build())
                .addStatement("set = 0")
                .addStatement("sendIfFull()")
                .build());
        MethodSpec.Builder copy = method("emitCopy", TypeName.VOID).addParameter(RuntimeNames.CUSTOM_ROWS, "from")
                .addParameter(int.class, "row");
        if (in.columns().equals(out.columns())) {
            copy.beginControlFlow("if (!(from instanceof $T r) || r.b == null)", rows)
                    .addStatement("throw new $T(\"emitCopy takes the rows of the current onRecv\")",
                            IllegalArgumentException.class)
                    .endControlFlow()
                    .addStatement("append()")
                    .addStatement("o.addFrom(r.b, row)")
                    .addStatement("sendIfFull()");
        } else {
            copy.addStatement("throw new $T(\"emitCopy needs the output \" + OUTPUT + \" to be the input \" + INPUT)",
                    IllegalStateException.class);
        }
        t.addMethod(copy.build());
        t.addMethod(MethodSpec.methodBuilder("wrong").addModifiers(Modifier.PRIVATE).returns(RuntimeException.class)
                .addParameter(int.class, "column").addParameter(String.class, "setter")
                .beginControlFlow("if (column < 0 || column >= OUTPUT.size())")
                .addStatement("return new $T(\"no column \" + column + \" in \" + OUTPUT)", IndexOutOfBoundsException.class)
                .endControlFlow()
                .addStatement("return new $T(\"column \" + column + \" (\" + OUTPUT.column(column).name() + \": \""
                        + " + OUTPUT.column(column).kind().nqName() + \") cannot be set with \" + setter)",
                        IllegalArgumentException.class)
                .build());
        t.addMethod(MethodSpec.methodBuilder("append").addModifiers(Modifier.PRIVATE)
                .beginControlFlow("if (time == null)")
                .addStatement("throw new $T(\"rows can only be emitted during onRecv or onNotify\")",
                        IllegalStateException.class)
                .endControlFlow()
                .beginControlFlow("if (o == null)").addStatement("o = out.newBatch()").endControlFlow()
                .build());
        t.addMethod(MethodSpec.methodBuilder("sendIfFull").addModifiers(Modifier.PRIVATE)
                .beginControlFlow("if (o.size >= $L)", StageGenerator.FLUSH)
                .addStatement("out.send(time, o)").addStatement("o = null")
                .endControlFlow().build());
        t.addMethod(MethodSpec.methodBuilder("flush")
                .beginControlFlow("if (o != null && o.size > 0)").addStatement("out.send(time, o)").endControlFlow()
                .addStatement("o = null").addStatement("time = null").addStatement("set = 0").build());
        return t.build();
    }

    private static MethodSpec setter(ClassName self, String name, TypeName type, RecordType out, Set<ScalarKind> kinds) {
        MethodSpec.Builder m = method(name, self).addParameter(int.class, "column").addParameter(type, "value");
        if (type.equals(ClassName.get(String.class))) {
            m.addStatement("$T.requireNonNull(value, \"value\")", java.util.Objects.class);
        }
        if (out.columns().stream().noneMatch(t -> kinds.contains(t.kind()))) {
            return m.addStatement("throw wrong(column, $S)", name).build();
        }
        m.beginControlFlow("switch (column)");
        for (int c = 0; c < out.size(); c++) {
            if (kinds.contains(out.column(c).kind())) {
                m.addStatement("case $L: v$L = value; break", c, c);
            }
        }
        m.addStatement("default: throw wrong(column, $S)", name).endControlFlow();
        return m.addStatement("set |= 1L << column").addStatement("return this").build();
    }
}

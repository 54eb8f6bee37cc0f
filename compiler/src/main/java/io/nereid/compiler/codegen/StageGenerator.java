package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.physical.Combiner;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.PhysicalPlan;
import io.nereid.compiler.physical.RecordType;
import io.nereid.compiler.physical.Stage;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the vertex class of one stage: the entry's code ({@link EntryCode}) around the fused
 * chain ({@link ChainGenerator}), ending either in appends to the output batch (sent every
 * {@value #FLUSH} records and at the end of the callback) or in the exit combiner's groups,
 * flushed as partial rows at the end of the callback.
 */
final class StageGenerator {
    static final int FLUSH = 4096;

    final String packageName;
    final PhysicalPlan plan;
    final Stage stage;
    final ClassName self;
    final ExprGenerator exprs;
    final TypeSpec.Builder type;
    private final AggregateCode combine;
    private final KeyCode combineKey;

    StageGenerator(String packageName, PhysicalPlan plan, Stage stage, ExprGenerator exprs) {
        this.packageName = packageName;
        this.plan = plan;
        this.stage = stage;
        this.self = ClassName.get(packageName, stage.className());
        this.exprs = exprs;
        this.type = TypeSpec.classBuilder(self).addModifiers(Modifier.FINAL).addSuperinterface(RuntimeNames.VERTEX)
                .addJavadoc("Stage $L ($L).\n", stage.id(), stage.name());
        if (stage.combiner().isPresent()) {
            Combiner c = stage.combiner().get();
            this.combine = new AggregateCode(c.keys().stream().map(Expr::type).toList(), c.aggregates());
            this.combineKey = new KeyCode(self.nestedClass("CombineKey"), c.keys().stream().map(Expr::type).toList());
        } else {
            this.combine = null;
            this.combineKey = null;
        }
    }

    TypeSpec generate() {
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addParameter(RuntimeNames.VERTEX_CONTEXT, "ctx");
        stage.output().ifPresent(out -> {
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.OUTPUT, batch(out)), "out",
                    Modifier.PRIVATE, Modifier.FINAL).build());
            ctor.addStatement("this.out = ctx.output(0)");
            if (stage.ports() > 1) {
                type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.OUTPUT, batch(out)), "exit",
                        Modifier.PRIVATE, Modifier.FINAL).build());
                ctor.addStatement("this.exit = ctx.output(1)");
            }
        });
        if (combine != null) {
            ClassName acc = self.nestedClass("CombineAcc");
            type.addType(combine.accClass(acc));
            combineKey.keyRecordSpec().ifPresent(type::addType);
            type.addField(FieldSpec.builder(combineKey.mapOf(acc), "groups", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T()", combineKey.mapOf(acc)).build());
            TypeName list = ParameterizedTypeName.get(ClassName.get(ArrayList.class), acc);
            type.addField(FieldSpec.builder(list, "order", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T()", list).build());
        }
        EntryCode.forStage(this).generate(ctor);
        type.addMethod(ctor.build());
        return type.build();
    }

    ClassName batch(RecordType t) {
        return ClassName.get(packageName, t.className());
    }

    RecordType inputType(int input) {
        return plan.stage(stage.inputs().get(input).source()).output().orElseThrow();
    }

    /** Declares the output batch {@code o} at the start of a callback. */
    void begin(CodeBlock.Builder code) {
        stage.output().ifPresent(out -> code.addStatement("$T o = out.newBatch()", batch(out)));
    }

    /** Runs the chain on an entry row and sends or combines the result. */
    void chain(CodeBlock.Builder code, ChainGenerator.Locals locals, List<CodeBlock> entryRow) {
        chain(code, locals, entryRow, null);
    }

    /** Runs the chain on an entry row some of whose columns may be null ({@code nulls}, see ChainGenerator). */
    void chain(CodeBlock.Builder code, ChainGenerator.Locals locals, List<CodeBlock> entryRow, List<CodeBlock> nulls) {
        new ChainGenerator(exprs, locals).generate(code, stage.chain(), stage.entryRow(), entryRow, nulls,
                (c, row, rowNulls) -> {
                    if (combine != null) {
                        combineRow(c, locals, row, rowNulls);
                    } else {
                        emit(c, row);
                    }
                });
    }

    /** Appends a row to {@code o}, sending it when full. */
    static void emit(CodeBlock.Builder code, List<CodeBlock> row) {
        code.addStatement("o.add($L)", CodeBlock.join(row, ", "));
        code.beginControlFlow("if (o.size >= $L)", FLUSH)
                .addStatement("out.send(time, o)")
                .addStatement("o = out.newBatch()")
                .endControlFlow();
    }

    private void combineRow(CodeBlock.Builder code, ChainGenerator.Locals locals, List<CodeBlock> row,
            List<CodeBlock> nulls) {
        Combiner c = stage.combiner().orElseThrow();
        List<CodeBlock> keys = new ArrayList<>();
        for (Expr k : c.keys()) {
            String name = locals.next("k");
            code.addStatement("final $T $L = $L", JavaTypes.of(k.type()), name, exprs.generate(k, row, nulls));
            keys.add(CodeBlock.of("$L", name));
        }
        List<CodeBlock> args = c.aggregates().stream()
                .map(a -> a.argument().map(e -> exprs.generate(e, row, nulls)).orElse(CodeBlock.of("1L"))).toList();
        List<CodeBlock> contributions = combine.rawContributions(args);
        group(code, locals, combine, combineKey, self.nestedClass("CombineAcc"), "groups", "order", keys, contributions);
    }

    /** Looks up (or creates) the group of {@code keys} in {@code map} and folds the contributions in. */
    static void group(CodeBlock.Builder code, ChainGenerator.Locals locals, AggregateCode agg, KeyCode key,
            ClassName acc, String map, String order, List<CodeBlock> keys, List<CodeBlock> contributions) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < contributions.size(); i++) {
            String name = locals.next("x");
            code.addStatement("final $T $L = $L", agg.fieldType(i), name, contributions.get(i));
            values.add(name);
        }
        String k = locals.next("key");
        String g = locals.next("g");
        code.addStatement("final $T $L = $L", key.keyType(), k, key.key(keys));
        code.addStatement("$T $L = $L.get($L)", acc, g, map, k);
        code.beginControlFlow("if ($L == null)", g);
        code.addStatement("$L = new $T()", g, acc);
        agg.init(code, g, keys, values);
        code.addStatement("$L.put($L, $L)", map, k, g);
        code.addStatement("$L.add($L)", order, g);
        code.nextControlFlow("else");
        agg.update(code, g, values);
        code.endControlFlow();
    }

    /** Ends a callback: flushes the combiner's groups as partial rows, sends what is left in {@code o}. */
    void finish(CodeBlock.Builder code) {
        if (stage.output().isEmpty()) {
            return;
        }
        if (combine != null) {
            ClassName acc = self.nestedClass("CombineAcc");
            code.beginControlFlow("for ($T g : order)", acc);
            emit(code, combine.partialRow("g"));
            code.endControlFlow();
            code.addStatement("groups.clear()").addStatement("order.clear()");
        }
        code.beginControlFlow("if (o.size > 0)").addStatement("out.send(time, o)").endControlFlow();
    }

    /** The columns of row {@code i} of a batch local {@code in}: {@code in.c0[i], ...}, converted to {@code to}. */
    static List<CodeBlock> columns(String batch, String index, RecordType from, List<ScalarType> to) {
        List<CodeBlock> row = new ArrayList<>();
        for (int c = 0; c < from.size(); c++) {
            CodeBlock v = CodeBlock.of("$L.c$L[$L]", batch, c, index);
            if (to != null && from.column(c).kind() != to.get(c).kind()) {
                v = CodeBlock.of("(($T) $L)", JavaTypes.of(to.get(c)), v);
            }
            row.add(v);
        }
        return row;
    }

    /**
     * A joined row with the right side absent (a left outer join's unmatched left row): the left
     * columns as given, the right ones as their defaults, flagged null.
     */
    static List<CodeBlock> nullRight(List<CodeBlock> left, RecordType right) {
        List<CodeBlock> row = new ArrayList<>(left);
        for (ScalarType t : right.columns()) {
            row.add(ExprGenerator.defaultValue(t.kind()));
        }
        return row;
    }

    /** The null flags of {@link #nullRight}: none on the left, all on the right. */
    static List<CodeBlock> nullRightFlags(int leftWidth, RecordType right) {
        List<CodeBlock> flags = new ArrayList<>();
        for (int i = 0; i < leftWidth; i++) {
            flags.add(null);
        }
        for (int i = 0; i < right.size(); i++) {
            flags.add(CodeBlock.of("true"));
        }
        return flags;
    }

    boolean isSink() {
        return stage.entry() instanceof Entry.Sink;
    }
}

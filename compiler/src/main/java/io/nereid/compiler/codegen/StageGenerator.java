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
import io.nereid.compiler.plan.ParamDecl;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.ScalarType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the vertex class of one stage: the entry's code ({@link EntryCode}) around the fused
 * chain ({@link ChainGenerator}), ending either in appends to the output batch (sent every
 * {@value #FLUSH} records and at the end of the callback) or in the exit combiner's groups of
 * the time, sent as partial rows once the time completes (once per round in a loop).
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
    private final PrimitiveGroups combinePrimitive;
    /** The combiner in slots of an invariant join's keys, or null. */
    final DenseCombine dense;
    private final List<CodeBlock> notifyParts = new ArrayList<>();

    StageGenerator(String packageName, PhysicalPlan plan, Stage stage, ExprGenerator exprs) {
        this.packageName = packageName;
        this.plan = plan;
        this.stage = stage;
        this.self = ClassName.get(packageName, stage.className());
        this.exprs = exprs.forClass();
        this.type = TypeSpec.classBuilder(self).addModifiers(Modifier.FINAL).addSuperinterface(RuntimeNames.VERTEX)
                .addJavadoc("Stage $L ($L).\n", stage.id(), stage.name());
        if (stage.combiner().isPresent()) {
            Combiner c = stage.combiner().get();
            this.combine = new AggregateCode(c.keys().stream().map(Expr::type).toList(), c.aggregates());
            this.combineKey = new KeyCode(self.nestedClass("CombineKey"), c.keys().stream().map(Expr::type).toList());
            this.combinePrimitive = PrimitiveGroups.of(combineKey, c.keys().stream().map(Expr::type).toList(), combine);
        } else {
            this.combine = null;
            this.combineKey = null;
            this.combinePrimitive = null;
        }
        this.dense = combine == null ? null : DenseCombine.of(this, combinePrimitive, combine);
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
        ClassName combineState = self.nestedClass("CombineState");
        if (dense != null) {
            dense.addState(type, combineState, ctor);
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeNames.PER_TIME, combineState),
                    "combineState", Modifier.PRIVATE, Modifier.FINAL).build());
        } else if (combine != null) {
            TypeSpec.Builder st = TypeSpec.classBuilder(combineState).addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The combiner's partial groups of one time, sent when the time completes.\n");
            if (combinePrimitive != null) {
                st.addField(FieldSpec.builder(combinePrimitive.mapType(), "groups", Modifier.FINAL)
                        .initializer(combinePrimitive.newMap()).build());
            } else {
                ClassName acc = self.nestedClass("CombineAcc");
                type.addType(combine.accClass(acc));
                combineKey.keyRecordSpec().ifPresent(type::addType);
                st.addField(FieldSpec.builder(combineKey.mapOf(acc), "groups", Modifier.FINAL)
                        .initializer("new $T()", combineKey.mapOf(acc)).build());
                TypeName list = ParameterizedTypeName.get(ClassName.get(ArrayList.class), acc);
                st.addField(FieldSpec.builder(list, "order", Modifier.FINAL).initializer("new $T()", list).build());
            }
            type.addType(st.build());
            TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, combineState);
            type.addField(FieldSpec.builder(perTime, "combineState", Modifier.PRIVATE, Modifier.FINAL).build());
            ctor.addStatement("this.combineState = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, combineState);
        }
        EntryCode.forStage(this).generate(ctor);
        if (combine != null) {
            CodeBlock.Builder flush = CodeBlock.builder();
            flush.addStatement("final $T done = combineState.remove(time)", combineState);
            flush.beginControlFlow("if (done != null)");
            flush.addStatement("$T o = out.newBatch()", batch(stage.output().orElseThrow()));
            if (dense != null) {
                dense.flush(flush, row -> emit(flush, row));
            } else if (combinePrimitive != null) {
                combinePrimitive.forEach(flush, "done.groups", row -> emit(flush, row));
            } else {
                flush.beginControlFlow("for ($T g : done.order)", self.nestedClass("CombineAcc"));
                emit(flush, combine.partialRow("g"));
                flush.endControlFlow();
            }
            flush.addStatement("out.send(time, o)"); // an empty batch goes back to the pool
            flush.endControlFlow();
            notifyParts.add(flush.build());
        }
        if (!notifyParts.isEmpty()) {
            MethodSpec.Builder notify = EntryCode.onNotify();
            for (CodeBlock part : notifyParts) {
                if (notifyParts.size() == 1) {
                    notify.addCode(part);
                } else {
                    notify.addCode("{\n$>").addCode(part).addCode("$<}\n");
                }
            }
            type.addMethod(notify.build());
        }
        type.addMethod(ParamFields.addTo(type, ctor.build(), exprs.readParams()));
        return type.build();
    }

    /** The params the vertex reads, in the order its constructor takes them (after its own arguments). */
    List<ParamDecl> params() {
        return exprs.readParams();
    }

    /** Adds code to {@code onNotify(time)}; parts run in order, the combiner's flush last. No early return. */
    void addNotify(CodeBlock part) {
        notifyParts.add(part);
    }

    ClassName batch(RecordType t) {
        return ClassName.get(packageName, t.className());
    }

    RecordType inputType(int input) {
        return plan.stage(stage.inputs().get(input).source()).output().orElseThrow();
    }

    /**
     * Starts a callback that runs the chain: declares the output batch {@code o}, or, with a
     * combiner, takes the combiner state {@code cs} of the callback's time.
     */
    void begin(CodeBlock.Builder code) {
        if (combine != null) {
            code.addStatement("final $T cs = combineState.get(time)", self.nestedClass("CombineState"));
            return;
        }
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
                        emit(c, row, rowNulls);
                    }
                });
    }

    /** Appends a row that has no nulls to {@code o}, sending it when full. */
    void emit(CodeBlock.Builder code, List<CodeBlock> row) {
        emit(code, row, null);
    }

    /** Appends a row to {@code o} (with the null flags of its nullable columns), sending it when full. */
    void emit(CodeBlock.Builder code, List<CodeBlock> row, List<CodeBlock> nulls) {
        RecordType t = stage.output().orElseThrow();
        List<CodeBlock> args = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            args.add(row.get(i));
            if (t.column(i).nullable()) {
                CodeBlock n = nulls == null ? null : nulls.get(i);
                args.add(n == null ? CodeBlock.of("false") : n);
            }
        }
        code.addStatement("o.add($L)", CodeBlock.join(args, ", "));
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
        List<CodeBlock> argNulls = new ArrayList<>();
        c.aggregates().forEach(a -> argNulls.add(a.argument().map(e -> exprs.nullOf(e, row, nulls)).orElse(null)));
        List<CodeBlock> contributions = combine.rawContributions(args, argNulls);
        if (dense != null) {
            dense.add(code, locals, contributions.get(0));
            return;
        }
        if (combinePrimitive != null) {
            combinePrimitive.add(code, "cs.groups", combineKey.key(keys), contributions.get(0));
            return;
        }
        group(code, locals, combine, combineKey, self.nestedClass("CombineAcc"), "cs.groups", "cs.order", keys,
                contributions);
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

    /**
     * Ends a callback that ran the chain: sends what is left in {@code o} (a combiner sends when the
     * time completes). The runtime takes an empty batch back into its pool; not sending it would
     * leak one fresh batch per callback that emits nothing.
     */
    void finish(CodeBlock.Builder code) {
        if (stage.output().isEmpty() || combine != null) {
            return;
        }
        code.addStatement("out.send(time, o)");
    }

    /** The null flags of row {@code index} of a batch ({@code batch.n1[index]}); null when no column is nullable. */
    static List<CodeBlock> nulls(String batch, String index, RecordType t) {
        if (t.columns().stream().noneMatch(ScalarType::nullable)) {
            return null;
        }
        List<CodeBlock> flags = new ArrayList<>();
        for (int c = 0; c < t.size(); c++) {
            flags.add(t.column(c).nullable() ? CodeBlock.of("$L.n$L[$L]", batch, c, index) : null);
        }
        return flags;
    }

    /** Two rows' null flags side by side (a joined row); null when neither has any. */
    static List<CodeBlock> concatNulls(List<CodeBlock> a, int aWidth, List<CodeBlock> b, int bWidth) {
        if (a == null && b == null) {
            return null;
        }
        List<CodeBlock> out = new ArrayList<>();
        for (int i = 0; i < aWidth; i++) {
            out.add(a == null ? null : a.get(i));
        }
        for (int i = 0; i < bWidth; i++) {
            out.add(b == null ? null : b.get(i));
        }
        return out;
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

    /** The null flags of {@link #nullRight}: the left row's own, all on the right. */
    static List<CodeBlock> nullRightFlags(List<CodeBlock> leftNulls, int leftWidth, RecordType right) {
        List<CodeBlock> flags = new ArrayList<>();
        for (int i = 0; i < leftWidth; i++) {
            flags.add(leftNulls == null ? null : leftNulls.get(i));
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

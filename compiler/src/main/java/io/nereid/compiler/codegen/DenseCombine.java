package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.physical.ChainOp;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.Stage;
import io.nereid.compiler.plan.expr.ColumnRef;
import io.nereid.compiler.plan.expr.Expr;
import io.nereid.compiler.types.ScalarKind;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * A combiner whose group key is a column of a loop-invariant join input (PageRank's
 * per-destination sums: the destination is a column of the edges): the set of keys is known once
 * the invariant side is indexed, so each distinct key gets a dense slot then ({@code slotOf[row]},
 * {@code slotKey[slot]}), and a round's partial sums are a primitive array indexed by the slot of
 * the matched invariant row instead of a hash map — the same random-access add as a hand-written
 * loop over CSR arrays (a min or max of longs, such as connected components' labels, folds into
 * the slot the same way from the fold's identity). A bit per slot marks the slots a round touched, so a round that touches
 * few keys emits (and resets) only those; the state of a finished round is reused by the next.
 */
final class DenseCombine {
    /** The invariant input's column whose values are the group keys. */
    final int invariantColumn;
    private final TypeName value;
    private final boolean intKey;
    private final PrimitiveFold fold;

    private DenseCombine(int invariantColumn, TypeName value, boolean intKey, PrimitiveFold fold) {
        this.invariantColumn = invariantColumn;
        this.value = value;
        this.intKey = intKey;
        this.fold = fold;
    }

    /** The dense form of the stage's combiner, or null when its key is not an invariant input's column. */
    static DenseCombine of(StageGenerator g, PrimitiveGroups primitive, AggregateCode agg) {
        if (primitive == null || !(g.stage.entry() instanceof Entry.HashJoin join) || join.invariantSide() < 0
                || join.leftOuter() || RoundInvariantJoinCode.appliesTo(g, join)) {
            return null; // a per-round index (nested loops) has no slots of its own yet
        }
        List<Expr> keys = g.stage.combiner().orElseThrow().keys();
        if (keys.size() != 1 || keys.get(0).type().nullable()) {
            return null;
        }
        int column = entryColumn(g.stage, keys.get(0));
        if (column < 0) {
            return null;
        }
        int inv = join.invariantSide();
        int leftWidth = g.inputType(0).size();
        int invColumn = inv == 0 ? column : column - leftWidth;
        if (invColumn < 0 || invColumn >= g.inputType(inv).size()) {
            return null;
        }
        ScalarKind kind = g.inputType(inv).column(invColumn).kind();
        if (kind != ScalarKind.LONG && kind != ScalarKind.INT || kind != keys.get(0).type().kind()) {
            return null;
        }
        return new DenseCombine(invColumn, agg.fieldType(0), kind == ScalarKind.INT, primitive.fold());
    }

    /** The column of the entry row that {@code key} (read after the chain) copies, or -1. */
    private static int entryColumn(Stage stage, Expr key) {
        Expr e = key;
        List<ChainOp> chain = stage.chain();
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!(e instanceof ColumnRef ref)) {
                return -1;
            }
            ChainOp op = chain.get(i);
            if (op instanceof ChainOp.ProjectOp p) {
                e = p.columns().get(ref.index());
            } else if (op instanceof ChainOp.FlatMapOp) {
                int width = chainInputWidth(stage, i);
                if (ref.index() >= width) {
                    return -1;
                }
            }
        }
        return e instanceof ColumnRef ref ? ref.index() : -1;
    }

    private static int chainInputWidth(Stage stage, int op) {
        List<io.nereid.compiler.types.ScalarType> row = stage.entryRow();
        for (int i = 0; i < op; i++) {
            row = stage.chain().get(i).output(row);
        }
        return row.size();
    }

    /** The vertex's slot fields, filled by the invariant join's {@code index()}. */
    void addSlotFields(TypeSpec.Builder type) {
        type.addField(FieldSpec.builder(int[].class, "slotOf", Modifier.PRIVATE).build());
        type.addField(FieldSpec.builder(RuntimeNames.LONG_SLOTS, "slotKeys", Modifier.PRIVATE).build());
        type.addField(FieldSpec.builder(int.class, "slots", Modifier.PRIVATE).build());
    }

    /**
     * Code for the end of {@code index()}: a slot for each distinct key of the sorted index (the key's
     * offset when keys are compact, so no lookup at all).
     */
    CodeBlock assignSlots() {
        return CodeBlock.builder()
                .addStatement("long slo = Long.MAX_VALUE")
                .addStatement("long shi = Long.MIN_VALUE")
                .beginControlFlow("for (int r = 0; r < index.size; r++)")
                .addStatement("slo = Math.min(slo, index.c$L[r])", invariantColumn)
                .addStatement("shi = Math.max(shi, index.c$L[r])", invariantColumn)
                .endControlFlow()
                .addStatement("slotKeys = $T.forRange(slo, shi, index.size)", RuntimeNames.LONG_SLOTS)
                .addStatement("slotOf = new int[index.size]")
                .beginControlFlow("for (int r = 0; r < index.size; r++)")
                .addStatement("slotOf[r] = slotKeys.slot(index.c$L[r])", invariantColumn)
                .endControlFlow()
                .addStatement("slots = slotKeys.size()")
                .build();
    }

    /**
     * The per-time state class: one accumulator per slot and a bit per slot that says whether the
     * time touched it (a bit set, small enough to stay in cache, set without a branch).
     */
    void addState(TypeSpec.Builder vertex, ClassName state, MethodSpec.Builder ctor) {
        vertex.addType(TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The combiner's partial groups of one time, one accumulator and one touched bit per key slot.\n")
                .addField(FieldSpec.builder(arrayOf(value), "sums", Modifier.FINAL).build())
                .addField(FieldSpec.builder(long[].class, "touched", Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder().addParameter(int.class, "slots")
                        .addStatement("this.sums = new $T[slots]", value)
                        .addCode(fold == PrimitiveFold.ADD ? CodeBlock.of("")
                                : CodeBlock.of("$T.fill(this.sums, $L);\n", java.util.Arrays.class, fold.identity()))
                        .addStatement("this.touched = new long[(slots + 63) >>> 6]").build())
                .build());
        SpareState.add(vertex, ctor, state, "newCombineState", "combineState", CodeBlock.of("new $T(slots)", state));
    }

    /** Declares the arrays {@link #add} uses as locals (after {@code cs}, before the probe loop). */
    void hoist(CodeBlock.Builder code) {
        code.addStatement("final int[] slotOfL = slotOf");
        code.addStatement("final long[] touchedL = cs.touched");
        code.addStatement("final $T sumsL = cs.sums", arrayOf(value));
    }

    /** Adds a contribution of the invariant row {@code m} into {@code cs}, through the locals of {@link #hoist}. */
    void add(CodeBlock.Builder code, ChainGenerator.Locals locals, CodeBlock contribution) {
        String sl = locals.next("sl");
        code.addStatement("final int $L = slotOfL[m]", sl);
        code.addStatement("touchedL[$L >>> 6] |= 1L << $L", sl, sl);
        code.addStatement(fold.fold("sumsL[" + sl + "]", contribution));
    }

    /**
     * Emits each touched slot's row (key, value) from {@code done}, in slot order (key order when
     * keys are compact), resets it, and keeps the state for reuse.
     */
    void flush(CodeBlock.Builder code, Consumer<List<CodeBlock>> emit) {
        code.addStatement("final long[] words = done.touched");
        code.beginControlFlow("for (int w = 0; w < words.length; w++)");
        code.addStatement("long bits = words[w]");
        code.addStatement("words[w] = 0");
        code.beginControlFlow("while (bits != 0)");
        code.addStatement("final int sl = (w << 6) | Long.numberOfTrailingZeros(bits)");
        code.addStatement("bits &= bits - 1");
        emit.accept(List.of(intKey ? CodeBlock.of("(int) slotKeys.key(sl)") : CodeBlock.of("slotKeys.key(sl)"),
                CodeBlock.of("done.sums[sl]")));
        code.addStatement("done.sums[sl] = $L", fold.identity());
        code.endControlFlow();
        code.endControlFlow();
        code.addStatement("spare = done");
    }

    private static TypeName arrayOf(TypeName t) {
        return com.palantir.javapoet.ArrayTypeName.of(t);
    }
}

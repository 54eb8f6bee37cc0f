package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.nereid.compiler.physical.Entry;
import javax.lang.model.element.Modifier;

/**
 * The code of a stage's entry operator: its fields, constructor lines and callbacks. One
 * implementation per entry kind; each calls back into {@link StageGenerator} for the chain.
 */
abstract class EntryCode {
    final StageGenerator g;

    EntryCode(StageGenerator g) {
        this.g = g;
    }

    static EntryCode forStage(StageGenerator g) {
        Entry e = g.stage.entry();
        if (e instanceof Entry.Pass || e instanceof Entry.Concat) {
            return new PassCode(g);
        } else if (e instanceof Entry.AggregateMerge a) {
            return new AggregateMergeCode(g, a);
        } else if (e instanceof Entry.HashJoin j) {
            if (j.invariantSide() >= 0 && RoundInvariantJoinCode.appliesTo(g, j)) {
                return new RoundInvariantJoinCode(g, j);
            }
            return j.invariantSide() >= 0 ? new InvariantJoinCode(g, j) : new HashJoinCode(g, j);
        } else if (e instanceof Entry.LoopHead h) {
            return new LoopCode.Head(g, h);
        } else if (e instanceof Entry.Membership m) {
            return new MembershipCode(g, m);
        } else if (e instanceof Entry.TopK t) {
            return new TopKCode(g, t);
        } else if (e instanceof Entry.FixpointCheck) {
            return new LoopCode.Check(g);
        } else if (e instanceof Entry.FixpointDecide) {
            return new LoopCode.Decide(g);
        } else if (e instanceof Entry.RoundTick) {
            return new ReplayCode.Tick(g);
        } else if (e instanceof Entry.InvariantReplay) {
            return new ReplayCode.Replay(g);
        } else if (e instanceof Entry.Distinct) {
            return new DistinctCode(g);
        } else if (e instanceof Entry.Threshold t) {
            return new ThresholdCode(g, t);
        } else if (e instanceof Entry.Custom c) {
            return new CustomVertexCode(g, c);
        } else if (e instanceof Entry.Sink) {
            return new SinkCode(g);
        }
        throw new IllegalStateException("no vertex is generated for " + e);
    }

    /** Adds fields, methods and constructor lines to the stage class. */
    abstract void generate(MethodSpec.Builder ctor);

    static MethodSpec.Builder onRecv() {
        return MethodSpec.methodBuilder("onRecv").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(int.class, "input").addParameter(RuntimeNames.TIMESTAMP, "time")
                .addParameter(RuntimeNames.BATCH, "batch");
    }

    static MethodSpec.Builder onNotify() {
        return MethodSpec.methodBuilder("onNotify").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeNames.TIMESTAMP, "time");
    }

    /**
     * Keeps the received batch {@code in} (of class {@code batch}) in the list {@code chunks}: the
     * batch itself when this stage is its only reader ({@code ctx.keepBatch()}), else a copy at its
     * exact size. The vertex needs a {@code ctx} field.
     */
    static CodeBlock keepOrCopy(ClassName batch, String chunks) {
        return CodeBlock.builder()
                .beginControlFlow("if (ctx.keepBatch())")
                .addStatement("$L.add(in)", chunks)
                .nextControlFlow("else")
                .addStatement("final $T copy = new $T(in.size)", batch, batch)
                .addStatement("copy.addAll(in)")
                .addStatement("$L.add(copy)", chunks)
                .endControlFlow()
                .build();
    }

    /** {@code for (int i = 0, n = in.size; i < n; i++)} over a batch local. */
    static void loop(CodeBlock.Builder code, String batch, String index) {
        code.beginControlFlow("for (int $L = 0, n$L = $L.size; $L < n$L; $L++)", index, index, batch, index, index, index);
    }
}

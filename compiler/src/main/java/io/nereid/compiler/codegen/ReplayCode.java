package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.physical.RecordType;
import java.util.HashMap;
import javax.lang.model.element.Modifier;

/**
 * The vertices that give a loop-invariant relation to an operator at every round of its loop:
 * the round tick (one record per worker and round that runs, broadcast) and the replay (keeps
 * the relation, which enters once at round 0, and runs it through its chain again at each later
 * round, once that round's time completes: by then the relation, at round 0, is complete). In a
 * bounded loop every round 0 .. N-1 runs; until a fixpoint, the rounds that run are those a tick
 * announces. The rows are kept per time of the enclosing scope (an epoch, or a round of an
 * enclosing loop) and dropped when no round of this loop can run any more for it.
 */
final class ReplayCode {
    private ReplayCode() {
    }

    /** The round tick. */
    static final class Tick extends EntryCode {
        Tick(StageGenerator g) {
            super(g);
        }

        @Override
        void generate(MethodSpec.Builder ctor) {
            ClassName state = g.self.nestedClass("State");
            g.type.addType(TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Whether this worker announced the round of one time.\n")
                    .addField(FieldSpec.builder(boolean.class, "sent").build()).build());
            TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, state);
            g.type.addField(FieldSpec.builder(perTime, "state", Modifier.PRIVATE, Modifier.FINAL).build());
            g.type.addField(FieldSpec.builder(int.class, "worker", Modifier.PRIVATE, Modifier.FINAL).build());
            ctor.addStatement("this.state = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, state)
                    .addStatement("this.worker = ctx.worker()");
            g.type.addMethod(onRecv()
                    .addStatement("final $T s = state.get(time)", state)
                    .beginControlFlow("if (!s.sent)")
                    .addStatement("s.sent = true")
                    .addStatement("$T o = out.newBatch()", g.batch(g.stage.output().orElseThrow()))
                    .addStatement("o.add(worker)")
                    .addStatement("out.send(time, o)")
                    .endControlFlow().build());
            g.addNotify(CodeBlock.of("state.remove(time);\n"));
        }
    }

    /** The replay. */
    static final class Replay extends EntryCode {
        /**
         * The loop counter of the notification that drops the rows kept for one time of the
         * enclosing scope: above any real round, so it comes once no round of it can run.
         */
        static final int END = RoundInvariantJoinCode.END;

        Replay(StageGenerator g) {
            super(g);
        }

        @Override
        void generate(MethodSpec.Builder ctor) {
            RecordType kept = g.inputType(0);
            ClassName batch = g.batch(kept);
            // until fixpoint, ticks (input 1) announce the rounds; a bounded loop runs rounds 0 .. N-1
            boolean ticked = g.stage.inputs().size() == 2;
            CodeBlock bound = ticked ? CodeBlock.of("0") : LoopRounds.rounds(g.exprs, g.plan.loop(g.stage.scope()));
            TypeName keptType = ParameterizedTypeName.get(ClassName.get(HashMap.class), RuntimeNames.TIMESTAMP, batch);
            g.type.addField(FieldSpec.builder(keptType, "kept", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The relation as it entered, per time of the enclosing scope (the time without this"
                            + " loop's counter).\n")
                    .initializer("new $T()", keptType).build());
            g.type.addField(FieldSpec.builder(RuntimeNames.VERTEX_CONTEXT, "ctx", Modifier.PRIVATE, Modifier.FINAL)
                    .build());
            TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, ClassName.get(Object.class));
            g.type.addField(FieldSpec.builder(perTime, "rounds", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("The later rounds to replay, each when its time completes.\n").build());
            ctor.addStatement("this.ctx = ctx");
            ctor.addStatement("this.rounds = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, Object.class);

            CodeBlock.Builder recv = CodeBlock.builder();
            if (ticked) {
                recv.beginControlFlow("if (input == 1)");
                recv.beginControlFlow("if (time.inner() > 0)").addStatement("rounds.get(time)").endControlFlow();
                recv.addStatement("return");
                recv.endControlFlow();
            } else {
                recv.beginControlFlow("if (time.inner() + 1 < $L)", bound)
                        .addStatement("rounds.get(time.increment())").endControlFlow();
            }
            recv.addStatement("final $T in = ($T) batch", batch, batch);
            recv.addStatement("$T rows = kept.get(time.pop())", batch);
            recv.beginControlFlow("if (rows == null)");
            recv.addStatement("rows = new $T()", batch);
            recv.addStatement("kept.put(time.pop(), rows)");
            recv.addStatement("ctx.notifyAt(time.pop().push($L))", END);
            recv.endControlFlow();
            recv.addStatement("rows.addAll(in)");
            run(recv, "in");
            g.type.addMethod(onRecv().addCode(recv.build()).build());

            CodeBlock.Builder notify = CodeBlock.builder();
            notify.beginControlFlow("if (time.inner() == $L)", END);
            notify.addStatement("kept.remove(time.pop())");
            notify.nextControlFlow("else if (rounds.remove(time) != null)");
            notify.addStatement("final $T rows = kept.get(time.pop())", batch);
            notify.beginControlFlow("if (rows != null)");
            run(notify, "rows");
            notify.endControlFlow();
            if (!ticked) {
                notify.beginControlFlow("if (time.inner() + 1 < $L)", bound)
                        .addStatement("rounds.get(time.increment())").endControlFlow();
            }
            notify.endControlFlow();
            g.addNotify(notify.build());
        }

        /** Runs every row of batch local {@code rows} through the chain at {@code time}. */
        private void run(CodeBlock.Builder code, String rows) {
            RecordType t = g.inputType(0);
            g.begin(code);
            loop(code, rows, "i");
            g.chain(code, new ChainGenerator.Locals(), StageGenerator.columns(rows, "i", t, null),
                    StageGenerator.nulls(rows, "i", t));
            code.endControlFlow();
            g.finish(code);
        }
    }
}

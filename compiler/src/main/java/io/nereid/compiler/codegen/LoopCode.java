package io.nereid.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.nereid.compiler.physical.Entry;
import io.nereid.compiler.physical.RecordType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The vertices of a loop's control: the head (routes each round of the variable to the body, or
 * the last round to the exit), the fixpoint check (compares r_k with r_{k+1} as multisets, per
 * partition, and votes when they differ) and the fixpoint decision (sends r_{k+1} around the
 * feedback when any worker voted, else out of the loop). Batches are forwarded without copying.
 */
final class LoopCode {
    private LoopCode() {
    }

    /** The loop head. */
    static final class Head extends EntryCode {
        private final Entry.LoopHead entry;

        Head(StageGenerator g, Entry.LoopHead entry) {
            super(g);
            this.entry = entry;
        }

        @Override
        void generate(MethodSpec.Builder ctor) {
            ClassName b = g.batch(g.inputType(0));
            CodeBlock.Builder code = CodeBlock.builder();
            if (entry.times().isPresent()) {
                code.beginControlFlow("if (time.inner() < $L)", g.exprs.generate(entry.times().get(), List.of()))
                        .addStatement("out.send(time, ($T) batch)", b)
                        .nextControlFlow("else")
                        .addStatement("exit.send(time, ($T) batch)", b)
                        .endControlFlow();
            } else {
                code.addStatement("out.send(time, ($T) batch)", b);
            }
            g.type.addMethod(onRecv().addCode(code.build()).build());
        }
    }

    /** The fixpoint check. */
    static final class Check extends EntryCode {
        Check(StageGenerator g) {
            super(g);
        }

        @Override
        void generate(MethodSpec.Builder ctor) {
            RecordType in = g.inputType(0);
            // rows of two integer columns (a node and its label or distance): primitive pair counts
            boolean pairs = in.size() == 2 && in.columns().stream()
                    .allMatch(c -> JavaTypes.isLongKey(c) && !c.nullable());
            KeyCode key = new KeyCode(g.self.nestedClass("RowKey"), in.columns());
            if (!pairs) {
                key.keyRecordSpec().ifPresent(g.type::addType);
            }
            ClassName state = g.self.nestedClass("State");
            TypeName countsType = pairs ? RuntimeNames.LONG_PAIR_COUNTS : key.intMap();
            g.type.addType(TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Per row: occurrences in r_k minus occurrences in r_{k+1}, at one time.\n")
                    .addField(FieldSpec.builder(countsType, "counts", Modifier.FINAL)
                            .initializer("new $T()", countsType).build())
                    .build());
            TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, state);
            g.type.addField(FieldSpec.builder(perTime, "state", Modifier.PRIVATE, Modifier.FINAL).build());
            g.type.addField(FieldSpec.builder(int.class, "worker", Modifier.PRIVATE, Modifier.FINAL).build());
            if (pairs) {
                // a finished round's table, cleared, serves the next (rounds have about as many rows)
                SpareState.add(g.type, ctor, state, "newState", "state", CodeBlock.of("new $T()", state));
            } else {
                ctor.addStatement("this.state = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, state);
            }
            ctor.addStatement("this.worker = ctx.worker()");
            CodeBlock.Builder code = CodeBlock.builder();
            code.addStatement("final $T s = state.get(time)", state);
            code.addStatement("final int sign = input == 0 ? 1 : -1");
            code.addStatement("final $T in = ($T) batch", g.batch(in), g.batch(in));
            loop(code, "in", "i");
            List<CodeBlock> row = StageGenerator.columns("in", "i", in, null);
            if (pairs) {
                code.addStatement("s.counts.add((long) $L, (long) $L, sign)", row.get(0), row.get(1));
            } else {
                code.addStatement("s.counts.addToValue($L, sign)", key.key(row));
            }
            code.endControlFlow();
            g.type.addMethod(onRecv().addCode(code.build()).build());
            MethodSpec.Builder notify = onNotify()
                    .addStatement("final $T s = state.remove(time)", state)
                    .beginControlFlow(pairs ? "if (s != null && s.counts.anyNonZero())"
                            : "if (s != null && s.counts.anySatisfy(c -> c != 0))")
                    .addStatement("$T o = out.newBatch()", g.batch(g.stage.output().orElseThrow()))
                    .addStatement("o.add(worker)")
                    .addStatement("out.send(time, o)")
                    .endControlFlow();
            if (pairs) {
                notify.beginControlFlow("if (s != null)")
                        .addStatement("s.counts.clear()")
                        .addStatement("spare = s")
                        .endControlFlow();
            }
            g.type.addMethod(notify.build());
        }
    }

    /** The fixpoint decision. */
    static final class Decide extends EntryCode {
        Decide(StageGenerator g) {
            super(g);
        }

        @Override
        void generate(MethodSpec.Builder ctor) {
            ClassName rows = g.batch(g.inputType(1));
            ClassName state = g.self.nestedClass("State");
            g.type.addType(TypeSpec.classBuilder(state).addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The next round's rows at one time, and whether any worker saw a change.\n")
                    .addField(FieldSpec.builder(rows, "rows", Modifier.FINAL).initializer("new $T()", rows).build())
                    .addField(FieldSpec.builder(boolean.class, "changed").build())
                    .build());
            TypeName perTime = ParameterizedTypeName.get(RuntimeNames.PER_TIME, state);
            g.type.addField(FieldSpec.builder(perTime, "state", Modifier.PRIVATE, Modifier.FINAL).build());
            ctor.addStatement("this.state = new $T<>(ctx, $T::new)", RuntimeNames.PER_TIME, state);
            g.type.addMethod(onRecv()
                    .addStatement("final $T s = state.get(time)", state)
                    .beginControlFlow("if (input == 0)")
                    .addStatement("s.changed = true")
                    .nextControlFlow("else")
                    .addStatement("s.rows.addAll(($T) batch)", rows)
                    .endControlFlow().build());
            g.type.addMethod(onNotify()
                    .addStatement("final $T s = state.remove(time)", state)
                    .beginControlFlow("if (s != null && s.rows.size > 0)")
                    .addStatement("(s.changed ? out : exit).send(time, s.rows)")
                    .endControlFlow().build());
        }
    }
}
